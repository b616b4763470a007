import { z } from "zod";
import { documentBase, entityId, isoInstant, userId } from "../domain/common";
import { pairStatus } from "../domain/pair";

/** Ids of the dashboard's documents (see docs/data-model.md). */
export const dashboardIds = {
  /** In the program partition: one pair's figures, kept from the pair's partition. */
  pair: (pairId: string) => `dashpair:${pairId}`,
  /** In the program partition: the program's maintained summary. */
  summary: () => "dashboard",
  /** In the program partition: when something the summary is built from last changed. */
  stamp: () => "dashboard-stamp",
  /** In the tenant partition: which program a channel's tab shows. */
  channelTab: (channelId: string) => `channeltab:${encodeURIComponent(channelId)}`,
} as const;

const counts = z.record(z.string(), z.number().int().min(0));

/**
 * One pair's contribution to its program's dashboard: counts only, never text. Rebuilt from the pair's
 * partition (`digestPair`) after every change there, so writing it twice is harmless.
 */
export const pairDigestDocument = documentBase.extend({
  type: z.literal("dashboardPair"),
  programId: entityId,
  pairId: entityId,
  mentorId: userId,
  menteeId: userId,
  status: pairStatus,
  createdAt: isoInstant,
  /** When the pair stopped (closed or ended); absent while it runs. */
  endedAt: isoInstant.optional(),
  /** Sessions held, by UTC month (`2026-03`). */
  metByMonth: counts,
  /** Sessions held, by the Monday (UTC) of their week (`2026-03-02`). */
  metByWeek: counts,
  lastMetAt: isoInstant.optional(),
  /** Usefulness answers 1..5 (index 0 = score 1). */
  usefulness: z.array(z.number().int().min(0)).length(5),
  goals: z.number().int().min(0),
  goalsDone: z.number().int().min(0),
  milestones: z.number().int().min(0),
  milestonesDone: z.number().int().min(0),
  updatedAt: isoInstant,
});
export type PairDigestDocument = z.infer<typeof pairDigestDocument>;

/** Marks that the program's data changed at `changedAt` (a blind upsert: many writers, last one wins). */
export const dashboardStampDocument = documentBase.extend({
  type: z.literal("dashboardStamp"),
  programId: entityId,
  changedAt: isoInstant,
  /** A fresh random version per change (clocks may stand still; versions never repeat). */
  version: z.string().min(1).max(64),
});
export type DashboardStampDocument = z.infer<typeof dashboardStampDocument>;

/** A channel tab pinned to a program's dashboard. */
export const channelTabDocument = documentBase.extend({
  type: z.literal("channelTab"),
  channelId: z.string().min(1).max(300),
  programId: entityId,
  pinnedBy: userId,
  pinnedAt: isoInstant,
});
export type ChannelTabDocument = z.infer<typeof channelTabDocument>;
