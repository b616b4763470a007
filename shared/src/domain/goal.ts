import { z } from "zod";
import { documentBase, entityId, isoDate, isoInstant, userId } from "./common";

export const milestone = z.object({
  milestoneId: entityId,
  title: z.string().trim().min(1).max(200),
  targetDate: isoDate.optional(),
  done: z.boolean(),
  doneAt: isoInstant.optional(),
});
export type Milestone = z.infer<typeof milestone>;

export const goalDocument = documentBase.extend({
  type: z.literal("goal"),
  pairId: entityId,
  goalId: entityId,
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(""),
  targetDate: isoDate.optional(),
  milestones: z.array(milestone).max(30),
  createdBy: userId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type GoalDocument = z.infer<typeof goalDocument>;
