import { z } from "zod";
import { cadence, documentBase, entityId, format, isoDate, isoInstant, userId } from "./common";

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
  name: z.string().min(1).max(80),
  group: z.string().min(1).max(40),
  critical: z.boolean().default(false),
});
export type Skill = z.infer<typeof skill>;

export const agreementTemplate = z.object({
  meetingLengthMinutes: z.number().int().min(15).max(240),
  channels: z.array(z.string().min(1).max(40)).max(8),
  responseTime: z.string().max(200),
  confidentiality: z.string().max(1000),
  boundaries: z.string().max(1000),
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

/** An outcome the owner measures outside Baton, with its baseline and (once known) the participants' figure. */
export const programOutcome = z.object({
  metric: z.enum(["retention", "internal-moves", "time-to-productivity", "satisfaction"]),
  /** The figure before the program (or for a comparison group). */
  baseline: z.number().min(0).max(100000),
  /** The same figure for the program's participants, when the owner has it. */
  participants: z.number().min(0).max(100000).optional(),
  /** How the figure reads: "%", "days", "moves", "of 5". */
  unit: z.string().min(1).max(20),
});
export type ProgramOutcome = z.infer<typeof programOutcome>;

export const programDocument = documentBase.extend({
  type: z.literal("program"),
  programId: entityId,
  name: z.string().min(1).max(120),
  purpose: programPurpose,
  audience: z.string().max(300),
  formats: z.array(format).min(1),
  duration: programDuration,
  cohortStart: isoDate,
  cohortEnd: isoDate.optional(),
  cadence,
  minimumMeetingsPerMonth: z.number().int().min(0).max(8),
  skills: z.array(skill).max(500),
  agreementTemplate,
  matchingWeights: matchingWeights.optional(),
  ownerIds: z.array(userId).min(1),
  escalationContact: z.string().max(200).optional(),
  minGroupSize: z.number().int().min(2).max(50).default(5),
  status: programStatus.default("running"),
  /** People who may view the program dashboard (not the console). */
  sponsorIds: z.array(userId).max(50).default([]),
  dashboardAccess: dashboardAccess.default("owners-and-sponsors"),
  /** Months after the program closes before its personal data is erased (see docs/data-model.md). */
  retentionMonths: z.number().int().min(1).max(120).default(12),
  closedAt: isoInstant.optional(),
  /** Outcomes the owner set, with baselines (shown on the dashboard beside the program's own figures). */
  outcomes: z.array(programOutcome).max(8).optional(),
});
export type ProgramDocument = z.infer<typeof programDocument>;
