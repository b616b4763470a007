import { z } from "zod";
import { documentBase, entityId, isoDate, isoInstant, uniqueBy, userId, userText } from "./common";

export const milestone = z.object({
  milestoneId: entityId,
  title: userText(200, { trim: true, min: 1 }),
  targetDate: isoDate.optional(),
  done: z.boolean(),
  doneAt: isoInstant.optional(),
});
export type Milestone = z.infer<typeof milestone>;

export const goalDocument = documentBase.extend({
  type: z.literal("goal"),
  pairId: entityId,
  goalId: entityId,
  title: userText(200, { trim: true, min: 1 }),
  description: userText(2000).default(""),
  targetDate: isoDate.optional(),
  /** Milestone ids are unique within the goal. */
  milestones: z
    .array(milestone)
    .max(30)
    .superRefine(uniqueBy((m) => m.milestoneId, "the milestone id", "milestoneId")),
  createdBy: userId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type GoalDocument = z.infer<typeof goalDocument>;
