import { z } from "zod";
import { chatId, documentBase, entityId, isoInstant, userId, userText } from "./common";
import { matchFacts } from "./match-facts";

export const pairRole = z.enum(["mentor", "mentee"]);
export type PairRole = z.infer<typeof pairRole>;

export const pairMember = z.object({
  userId,
  role: pairRole,
  displayName: userText(120, { min: 1 }),
});
export type PairMember = z.infer<typeof pairMember>;

/**
 * A pair's state. Live in the program: `active`, `paused`, and `closing` (the wrap-up, the end survey
 * and each member's private choice). Then `closed` (read-only for everyone) or `continued-informally`
 * (writable, without program reminders). `ended` is a no-fault end at the chemistry check (read-only).
 */
export const pairStatus = z.enum(["active", "paused", "closing", "closed", "continued-informally", "ended"]);
export type PairStatus = z.infer<typeof pairStatus>;

export const pairDocument = documentBase.extend({
  type: z.literal("pair"),
  pairId: entityId,
  programId: entityId,
  members: z
    .array(pairMember)
    .length(2)
    .refine((m) => m[0]?.userId !== m[1]?.userId, "a pair is two different people"),
  status: pairStatus,
  matchReasons: z.array(userText(200)).max(10).default([]),
  /** What is true of the match, so each member reads why in their own words (absent on older pairs). */
  matchFacts: matchFacts.optional(),
  chatId: chatId.optional(),
  /** Set when the pair starts closing: why, who, and when it closes on its own if not everyone chose. */
  closing: z
    .object({
      reason: z.enum(["early", "cycle-end"]),
      by: userId,
      startedAt: isoInstant,
      closesBy: isoInstant,
    })
    .optional(),
  /** When it became `closed` or `continued-informally`. */
  closedAt: isoInstant.optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type PairDocument = z.infer<typeof pairDocument>;

/** The per-person index of pairs, so "My mentoring" loads with one single-partition query. */
export const membershipDocument = documentBase.extend({
  type: z.literal("membership"),
  userId,
  pairId: entityId,
  programId: entityId,
  role: pairRole,
  partnerId: userId,
  partnerName: userText(120, { min: 1 }),
  status: pairStatus,
  createdAt: isoInstant,
});
export type MembershipDocument = z.infer<typeof membershipDocument>;

/** Links a Teams group chat to the pair whose workspace its tab opens. */
export const chatLinkDocument = documentBase.extend({
  type: z.literal("chatLink"),
  chatId,
  pairId: entityId,
  linkedBy: userId,
  linkedAt: isoInstant,
});
export type ChatLinkDocument = z.infer<typeof chatLinkDocument>;
