import { z } from "zod";
import { documentBase, entityId, isoDate, isoInstant, userId, userText } from "./common";

export const actionItemDocument = documentBase.extend({
  type: z.literal("actionItem"),
  pairId: entityId,
  actionItemId: entityId,
  title: userText(300, { trim: true, min: 1 }),
  /** More words than fit the title (e.g. the rest of a chat message it was made from). */
  description: userText(2000).optional(),
  ownerId: userId,
  dueDate: isoDate.optional(),
  done: z.boolean(),
  doneAt: isoInstant.optional(),
  /** One of the pair's sessions (checked when the item is created). */
  sessionId: entityId.optional(),
  source: z.enum(["tab", "bot", "message"]).default("tab"),
  createdBy: userId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type ActionItemDocument = z.infer<typeof actionItemDocument>;
