import type { Cadence, Format } from "../domain/common";
import type {
  AgreementTemplate,
  MatchingMode,
  MatchingWeights,
  ProgramAgendaTemplates,
  ProgramOutcome,
  Skill,
} from "../domain/program";
import type { programPurpose } from "../domain/program";
import type { z } from "zod";
import { defaultAgendaTemplates } from "../workspace/agenda-templates";
import { itTaxonomy, itTaxonomyOf } from "./it-taxonomy";

export type ProgramPurpose = z.infer<typeof programPurpose>;
export type ProgramDuration = "3-months" | "6-months" | "12-months" | "evergreen";

export const programTemplateIds = [
  "it-onboarding",
  "skill-transfer",
  "leadership",
  "succession",
  "reverse-mentoring",
  "blank",
] as const;
export type ProgramTemplateId = (typeof programTemplateIds)[number];

/** Everything a template fills in; all of it stays editable. */
export interface ProgramDefaults {
  purpose: ProgramPurpose;
  audience: string;
  formats: Format[];
  duration: ProgramDuration;
  cadence: Cadence;
  minimumMeetingsPerMonth: number;
  minGroupSize: number;
  skills: Skill[];
  agreementTemplate: AgreementTemplate;
  agendaTemplates: ProgramAgendaTemplates;
  matchingWeights: MatchingWeights;
  matchingMode: MatchingMode;
  outcomes: ProgramOutcome[];
}

export interface ProgramTemplate {
  id: ProgramTemplateId;
  title: string;
  /** One sentence for the template picker. */
  summary: string;
  defaults: () => ProgramDefaults;
}

const agreement = (overrides: Partial<AgreementTemplate> = {}): AgreementTemplate => ({
  meetingLengthMinutes: 45,
  channels: ["Teams chat", "Teams meeting"],
  responseTime: "Within two working days",
  confidentiality: "What we discuss stays between us unless we both agree to share it.",
  boundaries: "No performance reviews in mentoring sessions; either of us can pause or end at any time.",
  ...overrides,
});

const agendas = (): ProgramAgendaTemplates => structuredClone(defaultAgendaTemplates);

const weights = (overrides: Partial<MatchingWeights> = {}): MatchingWeights => ({
  skill: 40,
  goal: 20,
  availability: 15,
  timeZone: 10,
  style: 10,
  crossTeam: 5,
  ...overrides,
});

const base = (): ProgramDefaults => ({
  purpose: "skill-transfer",
  audience: "",
  formats: ["one-to-one"],
  duration: "6-months",
  cadence: "biweekly",
  minimumMeetingsPerMonth: 2,
  minGroupSize: 5,
  skills: itTaxonomy(),
  agreementTemplate: agreement(),
  agendaTemplates: agendas(),
  matchingWeights: weights(),
  matchingMode: "owners-approve",
  outcomes: [{ kind: "satisfaction" }],
});

/** The built-in templates. Wording is ours. */
export const programTemplates: readonly ProgramTemplate[] = [
  {
    id: "it-onboarding",
    title: "IT onboarding buddy",
    summary: "New hires get a buddy for their first three months, meeting every week.",
    defaults: () => ({
      ...base(),
      purpose: "onboarding",
      audience: "People who joined IT in the last three months, and volunteers to be their buddy",
      duration: "3-months",
      cadence: "weekly",
      minimumMeetingsPerMonth: 4,
      agreementTemplate: agreement({ meetingLengthMinutes: 30, responseTime: "The same working day" }),
      matchingWeights: weights({ skill: 30, availability: 25, crossTeam: 0 }),
      outcomes: [{ kind: "time-to-productivity" }, { kind: "satisfaction" }, { kind: "retention-12m" }],
    }),
  },
  {
    id: "skill-transfer",
    title: "Skill transfer",
    summary: "Experts pass on skills, starting with the ones only one or two people hold.",
    defaults: () => ({
      ...base(),
      audience: "Everyone in IT who wants to learn or teach a technical skill",
      outcomes: [{ kind: "satisfaction" }, { kind: "internal-moves" }],
    }),
  },
  {
    id: "leadership",
    title: "Leadership",
    summary: "Team leads and aspiring leads learn from experienced managers over a year.",
    defaults: () => ({
      ...base(),
      purpose: "leadership",
      audience: "Team leads, new managers and people who want to lead",
      duration: "12-months",
      cadence: "monthly",
      minimumMeetingsPerMonth: 1,
      skills: itTaxonomyOf(["Leadership", "Communication"]),
      agreementTemplate: agreement({ meetingLengthMinutes: 60 }),
      matchingWeights: weights({
        skill: 25,
        goal: 30,
        style: 20,
        crossTeam: 10,
        availability: 10,
        timeZone: 5,
      }),
      outcomes: [{ kind: "satisfaction" }, { kind: "retention-12m" }, { kind: "internal-moves" }],
    }),
  },
  {
    id: "succession",
    title: "Succession and knowledge transfer",
    summary: "People close to leaving or moving hand over what only they know, skill by skill.",
    defaults: () => ({
      ...base(),
      purpose: "succession",
      audience: "Holders of critical knowledge and the people who will take it over",
      duration: "6-months",
      cadence: "weekly",
      minimumMeetingsPerMonth: 3,
      matchingWeights: weights({
        skill: 60,
        goal: 15,
        availability: 10,
        timeZone: 5,
        style: 5,
        crossTeam: 5,
      }),
      outcomes: [{ kind: "time-to-productivity" }, { kind: "satisfaction" }],
    }),
  },
  {
    id: "reverse-mentoring",
    title: "Reverse mentoring",
    summary: "Newer colleagues mentor senior staff on new tools and ways of working.",
    defaults: () => ({
      ...base(),
      formats: ["reverse", "one-to-one"],
      audience: "Senior staff, and newer colleagues who want to mentor them",
      cadence: "biweekly",
      matchingMode: "mentees-may-request",
      outcomes: [{ kind: "satisfaction" }],
    }),
  },
  {
    id: "blank",
    title: "Blank program",
    summary: "Start from the built-in IT skills and default agendas, and decide the rest yourself.",
    defaults: () => base(),
  },
];

export function programTemplate(id: ProgramTemplateId): ProgramTemplate {
  return programTemplates.find((t) => t.id === id) as ProgramTemplate;
}

/** The template a bare `{name, purpose}` starts from. */
export function templateForPurpose(purpose: ProgramPurpose): ProgramTemplateId {
  switch (purpose) {
    case "onboarding":
      return "it-onboarding";
    case "skill-transfer":
      return "skill-transfer";
    case "leadership":
      return "leadership";
    case "succession":
      return "succession";
    default:
      return "blank";
  }
}

const MONTHS: Record<Exclude<ProgramDuration, "evergreen">, number> = {
  "3-months": 3,
  "6-months": 6,
  "12-months": 12,
};

/** The cohort's end date for a start date (YYYY-MM-DD) and duration; none for evergreen programs. */
export function cohortEndFor(start: string, duration: ProgramDuration): string | undefined {
  if (duration === "evergreen") return undefined;
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + MONTHS[duration], d));
  // 31 January + 1 month would roll into March: keep the last day of the month instead.
  if (end.getUTCDate() !== d) end.setUTCDate(0);
  return end.toISOString().slice(0, 10);
}
