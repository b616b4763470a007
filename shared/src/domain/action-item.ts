import { z } from "zod";
import { documentBase, entityId, isoDate, isoInstant, userId } from "./common";

export const actionItemDocument = documentBase.extend({
  type: z.literal("actionItem"),
  pairId: entityId,
  actionItemId: entityId,
  title: z.string().trim().min(1).max(300),
  /** More words than fit the title (e.g. the rest of a chat message it was made from). */
  description: z.string().max(2000).optional(),
  ownerId: userId,
  dueDate: isoDate.optional(),
  done: z.boolean(),
  doneAt: isoInstant.optional(),
  sessionId: entityId.optional(),
  source: z.enum(["tab", "bot", "message"]).default("tab"),
  createdBy: userId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type ActionItemDocument = z.infer<typeof actionItemDocument>;
