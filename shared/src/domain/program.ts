import { z } from "zod";
import {
  cadence,
  documentBase,
  entityId,
  format,
  isoDate,
  isoInstant,
  uniqueBy,
  uniqueValues,
  userId,
  userText,
} from "./common";
import { agendaItem } from "./session";

export const programPurpose = z.enum([
  "onboarding",
  "skill-transfer",
  "leadership",
  "succession",
  "career-moves",
]);
export const programDuration = z.enum(["3-months", "6-months", "12-months", "evergreen"]);

/**
 * A program's lifecycle: draft → open (intake) → running → closing → closed. Evergreen programs stay
 * running. Documents written before the lifecycle existed have no status and count as "running".
 */
export const programStatus = z.enum(["draft", "open", "running", "closing", "closed"]);
export type ProgramStatus = z.infer<typeof programStatus>;

/** Who may open a program's pinned dashboard: its owners and sponsors (default), or everyone in the tenant. */
export const dashboardAccess = z.enum(["owners-and-sponsors", "tenant"]);
export type DashboardAccess = z.infer<typeof dashboardAccess>;

export const skill = z.object({
  id: entityId,
  name: userText(80, { trim: true, min: 1 }),
  group: userText(40, { trim: true, min: 1 }),
  critical: z.boolean().default(false),
  /** Retired: kept so existing profiles, enrolments and proposals still show its name; never offered for new picks or counted in matching. */
  retired: z.boolean().optional(),
  /** Set when merged into another skill (then also retired): references were moved to that id. */
  mergedInto: entityId.optional(),
});
export type Skill = z.infer<typeof skill>;

export const agreementTemplate = z.object({
  meetingLengthMinutes: z.number().int().min(15).max(240),
  channels: z
    .array(userText(40, { trim: true, min: 1 }))
    .max(8)
    .superRefine(uniqueValues("the channel")),
  responseTime: userText(200),
  confidentiality: userText(1000),
  boundaries: userText(1000),
});
export type AgreementTemplate = z.infer<typeof agreementTemplate>;

export const matchingWeights = z.object({
  skill: z.number().int().min(0).max(100),
  goal: z.number().int().min(0).max(100),
  availability: z.number().int().min(0).max(100),
  timeZone: z.number().int().min(0).max(100),
  style: z.number().int().min(0).max(100),
  crossTeam: z.number().int().min(0).max(100),
});
export type MatchingWeights = z.infer<typeof matchingWeights>;

/**
 * Whether owners approve every match (`owners-approve`), or mentees may also ask a mentor directly
 * (`mentees-may-request`, what programs did before the setting existed).
 */
export const matchingMode = z.enum(["owners-approve", "mentees-may-request"]);
export type MatchingMode = z.infer<typeof matchingMode>;

/** The four session agendas of a program (first, regular, midpoint, final); each 1–20 items. */
export const programAgendaTemplates = z.object({
  first: z.array(agendaItem).min(1).max(20),
  regular: z.array(agendaItem).min(1).max(20),
  midpoint: z.array(agendaItem).min(1).max(20),
  final: z.array(agendaItem).min(1).max(20),
});
export type ProgramAgendaTemplates = z.infer<typeof programAgendaTemplates>;

/**
 * Outcomes a program measures, each with an optional baseline the owner enters: time to productivity
 * (weeks, 0–104), 12-month retention (%, 0–100), internal moves per year (0–10000), satisfaction (1–5).
 */
export const outcomeKind = z.enum([
  "time-to-productivity",
  "retention-12m",
  "internal-moves",
  "satisfaction",
]);
export type OutcomeKind = z.infer<typeof outcomeKind>;
export const OUTCOME_RANGES: Record<OutcomeKind, { min: number; max: number; unit: string }> = {
  "time-to-productivity": { min: 0, max: 104, unit: "weeks" },
  "retention-12m": { min: 0, max: 100, unit: "%" },
  "internal-moves": { min: 0, max: 10000, unit: "per year" },
  satisfaction: { min: 1, max: 5, unit: "out of 5" },
};
export const programOutcome = z
  .object({
    kind: outcomeKind,
    baseline: z.number().finite().optional(),
    /** The same figure for the program's participants, once the owner has it (shown on the dashboard). */
    participants: z.number().finite().optional(),
  })
  .superRefine((o, ctx) => {
    const range = OUTCOME_RANGES[o.kind];
    for (const field of ["baseline", "participants"] as const) {
      const value = o[field];
      if (value !== undefined && (value < range.min || value > range.max))
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `The ${field === "baseline" ? "baseline" : "participants' figure"} must be between ${range.min} and ${range.max} ${range.unit}.`,
        });
    }
  });
export type ProgramOutcome = z.infer<typeof programOutcome>;

export const programDocument = documentBase.extend({
  type: z.literal("program"),
  programId: entityId,
  name: userText(120, { min: 1 }),
  purpose: programPurpose,
  audience: userText(300),
  formats: z.array(format).min(1).max(4).superRefine(uniqueValues("the format")),
  duration: programDuration,
  cohortStart: isoDate,
  cohortEnd: isoDate.optional(),
  cadence,
  minimumMeetingsPerMonth: z.number().int().min(0).max(8),
  skills: z
    .array(skill)
    .max(500)
    .superRefine(uniqueBy((s) => s.id, "the skill id", "id")),
  agreementTemplate,
  matchingWeights: matchingWeights.optional(),
  ownerIds: z.array(userId).min(1).max(10).superRefine(uniqueValues("the owner")),
  escalationContact: userText(200).optional(),
  minGroupSize: z.number().int().min(2).max(50).default(5),
  status: programStatus.default("running"),
  /** People who may view the program dashboard (not the console). */
  sponsorIds: z.array(userId).max(50).superRefine(uniqueValues("the sponsor")).default([]),
  dashboardAccess: dashboardAccess.default("owners-and-sponsors"),
  /** Months after the program closes before its personal data is erased (see docs/data-model.md). */
  retentionMonths: z.number().int().min(1).max(120).default(12),
  closedAt: isoInstant.optional(),
  /** Setup (programs slice). Absent on older documents: the defaults below and `defaultAgendaTemplates`. */
  templateId: entityId.optional(),
  agendaTemplates: programAgendaTemplates.optional(),
  /** Absent on older documents: "mentees-may-request" (see `matchingModeOf`). */
  matchingMode: matchingMode.optional(),
  /** Days a mentor request waits for an answer before it expires (absent: 7; see `requestDaysOf`). */
  mentorRequestDays: z.number().int().min(2).max(30).optional(),
  outcomes: z
    .array(programOutcome)
    .max(4)
    .superRefine(uniqueBy((o) => o.kind, "the outcome", "kind"))
    .optional(),
  createdAt: isoInstant.optional(),
  updatedAt: isoInstant.optional(),
});
export type ProgramDocument = z.infer<typeof programDocument>;

/** Stored documents are not re-parsed on read: these give older programs their defaults. */
export const matchingModeOf = (p: Pick<ProgramDocument, "matchingMode">): MatchingMode =>
  p.matchingMode ?? "mentees-may-request";

/** How many days a mentor request waits for an answer (default 7). */
export const requestDaysOf = (p: Pick<ProgramDocument, "mentorRequestDays">): number =>
  p.mentorRequestDays ?? 7;
export const programStatusOf = (p: Pick<ProgramDocument, "status">): ProgramStatus => p.status ?? "running";
