import { z } from "zod";
import { documentBase, entityId, isoInstant, userId, userText } from "./common";

/** Readable by its author only: no role, export or dashboard ever reaches it. */
export const privateNoteDocument = documentBase.extend({
  type: z.literal("privateNote"),
  pairId: entityId,
  noteId: entityId,
  authorId: userId,
  sessionId: entityId.optional(),
  text: userText(20000, { trim: true, min: 1 }),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type PrivateNoteDocument = z.infer<typeof privateNoteDocument>;
