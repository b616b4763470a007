import { z } from "zod";
import { documentBase, entityId, isoInstant, uniqueValues, userId, userText } from "./common";
import { matchFacts } from "./match-facts";

/**
 * Matching's documents. Runs, proposals, exclusions, ended pairs, seats and mentor requests live
 * in the program's partition (`partitionKeys.program`), so a run reads its whole cohort in one
 * single-partition query. Chemistry-check answers live in the pair's partition.
 */
const key = (id: string) => encodeURIComponent(id);
export const matchingIds = {
  state: () => "matching",
  run: (runId: string) => `matchrun:${runId}`,
  proposal: (menteeId: string) => `proposal:${key(menteeId)}`,
  exclusion: (menteeId: string, mentorId: string) => `exclusion:${key(menteeId)}:${key(mentorId)}`,
  pairHistory: (menteeId: string, mentorId: string) => `pairhistory:${key(menteeId)}:${key(mentorId)}`,
  seats: (userId: string) => `seats:${key(userId)}`,
  mentorRequest: (menteeId: string) => `mentorrequest:${key(menteeId)}`,
  /** In the pair's partition. */
  chemistry: (userId: string) => `chemistry:${key(userId)}`,
} as const;

const partScore = z.object({
  raw: z.number().finite().min(0).max(100),
  weight: z.number().finite().min(0).max(100),
  points: z.number().finite().min(0).max(10_000),
});
export const scoreParts = z.object({
  skill: partScore,
  goal: partScore,
  availability: partScore,
  timezone: partScore,
  style: partScore,
  team: partScore,
});
export type ScoreParts = z.infer<typeof scoreParts>;

/** One per program: which run is the latest, and whether one is running now (a lease). */
export const matchingStateDocument = documentBase.extend({
  type: z.literal("matchingState"),
  programId: entityId,
  latestRunId: entityId.optional(),
  running: z.object({ runId: entityId, startedAt: isoInstant, by: userId }).optional(),
  updatedAt: isoInstant,
});
export type MatchingStateDocument = z.infer<typeof matchingStateDocument>;

export const matchRunSummary = z.object({
  mentees: z.number().int().min(0).max(100_000),
  mentors: z.number().int().min(0).max(100_000),
  matched: z.number().int().min(0).max(100_000),
  unmatched: z.number().int().min(0).max(100_000),
  locked: z.number().int().min(0).max(100_000),
  totalScore: z.number().finite(),
  /** Proven upper bound on the total; gapPercent 0 = proven optimal. */
  dualBound: z.number().finite(),
  gapPercent: z.number().finite().min(0),
  optimal: z.boolean(),
  blockingPairs: z.number().int().min(0),
  stabilityExact: z.boolean(),
});
export type MatchRunSummary = z.infer<typeof matchRunSummary>;

export const matchRunDocument = documentBase.extend({
  type: z.literal("matchRun"),
  programId: entityId,
  runId: entityId,
  mode: z.enum(["fast", "certify"]),
  startedBy: userId,
  startedAt: isoInstant,
  finishedAt: isoInstant,
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
  summary: matchRunSummary,
  /** Locks the engine could not place (capped at 200). */
  rejectedLocks: z.array(z.object({ menteeId: userId, mentorId: userId, reason: userText(300) })).max(200),
});
export type MatchRunDocument = z.infer<typeof matchRunDocument>;

export const proposalStatus = z.enum(["proposed", "locked", "excluded", "approved", "unmatched"]);
export type ProposalStatus = z.infer<typeof proposalStatus>;

/** The latest run's answer for one mentee: a proposed mentor with score and reasons, or why none. */
export const proposalDocument = documentBase.extend({
  type: z.literal("matchProposal"),
  programId: entityId,
  runId: entityId,
  menteeId: userId,
  status: proposalStatus,
  mentorId: userId.optional(),
  score: z.number().finite().min(0).max(60_000).default(0),
  parts: scoreParts.optional(),
  /** Reasons in words, strongest first (shown to owners and in the introduction). */
  reasons: z.array(userText(300)).max(10).default([]),
  sharedSkillIds: z.array(entityId).max(50).superRefine(uniqueValues("the skill")).default([]),
  sharedGoals: z.array(userText(200)).max(50).default([]),
  overlapMinutesPerWeek: z.number().int().min(0).max(10080).default(0),
  timezoneDifferenceMinutes: z.number().int().min(0).max(1560).default(0),
  sameTeam: z.boolean().default(false),
  /** What is true of the pair, for words addressed to each reader (absent on older proposals). */
  facts: matchFacts.optional(),
  /** For "unmatched": the engine's reason and its message. */
  unmatchedReason: z.enum(["paused", "left", "no-eligible-mentor", "outbid"]).optional(),
  message: userText(500).optional(),
  bestAlternative: z.object({ mentorId: userId, score: z.number().finite().min(0).max(60_000) }).optional(),
  pairId: entityId.optional(),
  approvedBy: userId.optional(),
  approvedAt: isoInstant.optional(),
  updatedBy: userId,
  updatedAt: isoInstant,
});
export type ProposalDocument = z.infer<typeof proposalDocument>;

/** An owner's "never propose this pair". */
export const exclusionDocument = documentBase.extend({
  type: z.literal("matchExclusion"),
  programId: entityId,
  menteeId: userId,
  mentorId: userId,
  by: userId,
  at: isoInstant,
});
export type ExclusionDocument = z.infer<typeof exclusionDocument>;

/** A pair that ran and ended: never proposed again, in either direction. Never says who or why. */
export const pairHistoryDocument = documentBase.extend({
  type: z.literal("pairHistory"),
  programId: entityId,
  menteeId: userId,
  mentorId: userId,
  pairId: entityId,
  endedAt: isoInstant,
});
export type PairHistoryDocument = z.infer<typeof pairHistoryDocument>;

/** A person's places in live pairs of the program, changed only with its ETag: capacity holds. */
export const seatsDocument = documentBase.extend({
  type: z.literal("matchSeats"),
  programId: entityId,
  userId,
  /** Live pairs where this person mentors. */
  mentorPairIds: z.array(entityId).max(3).superRefine(uniqueValues("the pair")),
  /** The live pair where this person is mentored, if any. */
  menteePairId: entityId.optional(),
  updatedAt: isoInstant,
});
export type SeatsDocument = z.infer<typeof seatsDocument>;

/**
 * `undeliverable`: Teams never took the request to the mentor, after every retry (ADR 0010).
 * `closed`: the mentor filled their places or stopped mentoring before answering (`closedReason`).
 * `expired`: nobody answered by `expiresAt` (ADR 0020).
 */
export const mentorRequestStatus = z.enum([
  "pending",
  "accepted",
  "declined",
  "withdrawn",
  "undeliverable",
  "closed",
  "expired",
]);
export type MentorRequestStatus = z.infer<typeof mentorRequestStatus>;

/** A mentee asks for a specific mentor; one open request per mentee and program. */
export const mentorRequestDocument = documentBase.extend({
  type: z.literal("mentorRequest"),
  programId: entityId,
  requestId: entityId,
  menteeId: userId,
  menteeName: userText(120),
  mentorId: userId,
  mentorName: userText(120),
  status: mentorRequestStatus,
  reasons: z.array(userText(300)).max(10).default([]),
  facts: matchFacts.optional(),
  /** The mentee's personal note to the mentor. */
  message: userText(500).optional(),
  pairId: entityId.optional(),
  createdAt: isoInstant,
  decidedAt: isoInstant.optional(),
  /** When an unanswered request expires (absent on requests made before expiry existed). */
  expiresAt: isoInstant.optional(),
  /** Why a request was closed: the mentor's places are full, or they paused or left. */
  closedReason: z.enum(["mentor-full", "mentor-unavailable", "mentee-matched"]).optional(),
});
export type MentorRequestDocument = z.infer<typeof mentorRequestDocument>;

export const chemistryAnswer = z.enum(["yes", "no"]);
export type ChemistryAnswer = z.infer<typeof chemistryAnswer>;

/** One member's private answer to "is this working?" (pair partition; no API returns it). */
export const chemistryCheckDocument = documentBase.extend({
  type: z.literal("chemistryCheck"),
  pairId: entityId,
  userId,
  sentAt: isoInstant.optional(),
  answer: chemistryAnswer.optional(),
  answeredAt: isoInstant.optional(),
});
export type ChemistryCheckDocument = z.infer<typeof chemistryCheckDocument>;
