import type { OutcomeKind, ProgramDocument } from "@baton/shared";
import type { AgendaTemplateKind } from "@baton/shared";

export const PURPOSE_LABELS: Record<ProgramDocument["purpose"], string> = {
  onboarding: "Onboarding",
  "skill-transfer": "Skill transfer",
  leadership: "Leadership",
  succession: "Succession and knowledge transfer",
  "career-moves": "Career moves",
};

export const DURATION_LABELS: Record<ProgramDocument["duration"], string> = {
  "3-months": "3 months",
  "6-months": "6 months",
  "12-months": "12 months",
  evergreen: "Evergreen (no end)",
};

export const CADENCE_LABELS: Record<ProgramDocument["cadence"], string> = {
  weekly: "Weekly",
  biweekly: "Every two weeks",
  monthly: "Monthly",
  milestone: "At milestones",
};

export const AGENDA_LABELS: Record<AgendaTemplateKind, string> = {
  first: "First session",
  regular: "Regular session",
  midpoint: "Midpoint review",
  final: "Final wrap-up",
};

export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  "time-to-productivity": "Time to productivity (weeks)",
  "retention-12m": "12-month retention (%)",
  "internal-moves": "Internal moves per year",
  satisfaction: "Satisfaction (1 to 5)",
};

export const WEIGHT_LABELS = {
  skill: "Skill coverage",
  goal: "Goal fit",
  availability: "Availability overlap",
  timeZone: "Time zone",
  style: "Mentoring style",
  crossTeam: "Cross-team",
} as const;
