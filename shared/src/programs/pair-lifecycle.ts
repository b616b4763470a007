import { z } from "zod";
import { documentBase, entityId, isoDate, isoInstant, userId, userText } from "../domain/common";
import { stateConflict } from "../domain/errors";
import type { PairDocument, PairStatus } from "../domain/pair";

/** How long a closing pair waits for both members' choices before it closes on its own. */
export const CLOSING_DAYS = 14;

/** Pairs that still belong to the program's cycle (a "close cycle" closes these). */
export const isPairLive = (status: PairStatus): boolean =>
  status === "active" || status === "paused" || status === "closing";

/** Pairs whose workspace still takes writes: everything but `closed` and `ended`. */
export const isPairWritable = (status: PairStatus): boolean => status !== "closed" && status !== "ended";

const STATE_WORDS: Partial<Record<PairStatus, string>> = {
  closed: "This pair is closed: its workspace is read-only now. You can still read everything in it.",
  ended: "This pair has ended: its workspace is read-only now. You can still read everything in it.",
};

/**
 * Refuses a write to a pair that is read-only (HTTP 409, the message names the state: "closed" or
 * "ended"). Every write route and bot action that changes a pair's partition calls it first.
 */
export function requireWritable(pair: Pick<PairDocument, "status">): void {
  if (!isPairWritable(pair.status))
    throw stateConflict(STATE_WORDS[pair.status] ?? "This pair is read-only.");
}

/** What a member decides at the end of a cycle. */
export const closingChoice = z.enum(["continue", "close"]);
export type ClosingChoice = z.infer<typeof closingChoice>;

/**
 * One member's private lessons learned and choice, in the member's own partition
 * (`t:{tenant}|user:{userId}`, id `closing:{pairId}`). Only its author reads it: no pair view,
 * pair health, dashboard or partner ever does.
 */
export const closingReflectionDocument = documentBase.extend({
  type: z.literal("closingReflection"),
  pairId: entityId,
  programId: entityId,
  userId,
  lessons: userText(2000),
  choice: closingChoice,
  at: isoInstant,
  updatedAt: isoInstant,
});
export type ClosingReflectionDocument = z.infer<typeof closingReflectionDocument>;

export const closingIds = {
  reflection: (pairId: string) => `closing:${pairId}`,
  /** In the program partition: a participant's answer to "stay in for the next cohort?". */
  cohortReply: (userId: string) => `cohortreply:${encodeURIComponent(userId)}`,
} as const;

/** The body of `PUT /api/pairs/:pairId/closing` (and the bot card's submit). */
export const closingReflectionInput = z.object({
  lessons: userText(2000, { trim: true, maxMessage: "at most 2000 characters" }).default(""),
  choice: z.enum(["continue", "close"], { error: "choose whether to keep meeting informally or to close" }),
});
export type ClosingReflectionInput = z.infer<typeof closingReflectionInput>;

/** What a member sees of their own closing: the pair's state and their private reflection only. */
export interface ClosingView {
  pairId: string;
  status: PairStatus;
  closesBy: string | null;
  reflection: { lessons: string; choice: ClosingChoice; at: string } | null;
}

/**
 * The pair's state once closing is settled: both chose to continue → `continued-informally`; anyone
 * chose to close, or the time ran out with a choice missing → `closed`; otherwise still waiting.
 */
export function closingOutcome(
  choices: readonly (ClosingChoice | undefined)[],
  timeIsUp: boolean,
): "closed" | "continued-informally" | undefined {
  if (choices.some((c) => c === "close")) return "closed";
  if (choices.length > 0 && choices.every((c) => c === "continue")) return "continued-informally";
  return timeIsUp ? "closed" : undefined;
}

/** The closing block a pair gets when it starts closing. */
export function startClosing(
  pair: PairDocument,
  reason: "early" | "cycle-end",
  by: string,
  now: Date,
): PairDocument {
  return {
    ...pair,
    status: "closing",
    closing: {
      reason,
      by,
      startedAt: now.toISOString(),
      closesBy: new Date(now.getTime() + CLOSING_DAYS * 24 * 3600 * 1000).toISOString(),
    },
    updatedAt: now.toISOString(),
  };
}

/** `POST /api/programs/:programId/next-cohort`: the next cohort's dates. */
export const nextCohortInput = z
  .object({ cohortStart: isoDate, cohortEnd: isoDate })
  .refine((v) => v.cohortEnd > v.cohortStart, {
    message: "the cohort must end after it starts",
    path: ["cohortEnd"],
  });
export type NextCohortInput = z.infer<typeof nextCohortInput>;

/** A participant's answer to "stay in for the next cohort?" (program partition; counts only for owners). */
export const cohortReplyDocument = documentBase.extend({
  type: z.literal("cohortReply"),
  programId: entityId,
  userId,
  cohortStart: isoDate,
  answer: z.enum(["asked", "stay", "leave"]),
  askedAt: isoInstant,
  answeredAt: isoInstant.optional(),
});
export type CohortReplyDocument = z.infer<typeof cohortReplyDocument>;
