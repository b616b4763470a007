import { z } from "zod";
import { documentBase, entityId, isoInstant, userId } from "./common";
import { matchFacts } from "./match-facts";

export const pairRole = z.enum(["mentor", "mentee"]);
export type PairRole = z.infer<typeof pairRole>;

export const pairMember = z.object({
  userId,
  role: pairRole,
  displayName: z.string().min(1).max(120),
});
export type PairMember = z.infer<typeof pairMember>;

export const pairStatus = z.enum(["active", "paused", "closed", "ended"]);
export type PairStatus = z.infer<typeof pairStatus>;

export const pairDocument = documentBase.extend({
  type: z.literal("pair"),
  pairId: entityId,
  programId: entityId,
  members: z.array(pairMember).length(2),
  status: pairStatus,
  matchReasons: z.array(z.string().max(200)).max(10).default([]),
  /** What is true of the match, so each member reads why in their own words (absent on older pairs). */
  matchFacts: matchFacts.optional(),
  chatId: z.string().max(300).optional(),
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
  partnerName: z.string().min(1).max(120),
  status: pairStatus,
  createdAt: isoInstant,
});
export type MembershipDocument = z.infer<typeof membershipDocument>;

/** Links a Teams group chat to the pair whose workspace its tab opens. */
export const chatLinkDocument = documentBase.extend({
  type: z.literal("chatLink"),
  chatId: z.string().min(1).max(300),
  pairId: entityId,
  linkedBy: userId,
  linkedAt: isoInstant,
});
export type ChatLinkDocument = z.infer<typeof chatLinkDocument>;
