import { z } from "zod";
import { actionItemDocument } from "../domain/action-item";
import { documentBase, entityId, isoInstant, userId } from "../domain/common";
import { stateConflict } from "../domain/errors";
import { goalDocument, milestone } from "../domain/goal";
import { privateNoteDocument } from "../domain/private-note";
import { sessionDocument } from "../domain/session";

/** How long a deleted item can be restored ("Undo", or `POST …/restore` later). */
export const RESTORE_WINDOW_HOURS = 24;

/** What a pair can delete and restore. A milestone lives inside its goal. */
export const deletableKind = z.enum(["goal", "milestone", "actionItem", "session", "privateNote"]);
export type DeletableKind = z.infer<typeof deletableKind>;

/** The item as it was when deleted, so a restore brings it back exactly (same id, same links). */
export const deletedItemBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("goal"), doc: goalDocument }),
  z.object({
    kind: z.literal("milestone"),
    goalId: entityId,
    /** Where it stood in the goal's list, so it goes back to the same place. */
    index: z.number().int().min(0),
    milestone,
  }),
  z.object({ kind: z.literal("actionItem"), doc: actionItemDocument }),
  z.object({
    kind: z.literal("session"),
    doc: sessionDocument,
    /** Action items that pointed at the session; they are unlinked on delete and re-linked on restore. */
    unlinkedActionItemIds: z.array(entityId).default([]),
    /** Private notes (of either member) that pointed at it; kept server-side only, never in an answer. */
    unlinkedNoteIds: z.array(entityId).default([]),
  }),
  z.object({ kind: z.literal("privateNote"), doc: privateNoteDocument }),
]);
export type DeletedItemBody = z.infer<typeof deletedItemBody>;

/**
 * `deleted:{id of the deleted document}` in the pair's partition: a deleted item waiting out its restore
 * window. Its own `type`, so every reader that asks for goals, action items or sessions never meets it.
 * A deleted private note carries `authorId` and is read by its author only, like the note itself.
 */
export const deletedItemDocument = documentBase.extend({
  type: z.literal("deletedItem"),
  pairId: entityId,
  kind: deletableKind,
  /** Only for a private note: the one person who may see or restore it. */
  authorId: userId.optional(),
  item: deletedItemBody,
  deletedBy: userId,
  deletedAt: isoInstant,
  restoreUntil: isoInstant,
});
export type DeletedItemDocument = z.infer<typeof deletedItemDocument>;

/** What a delete answers: enough for an "Undo" (and nothing of anyone's private notes). */
export interface DeletedItemView {
  kind: DeletableKind;
  /** The goal, milestone, action item, session or note id. */
  id: string;
  /** For a milestone: its goal. */
  goalId?: string;
  /** What the item was called (a note's first words), for "“…” deleted." */
  title: string;
  deletedAt: string;
  restoreUntil: string;
}

export const deletedItemIds = {
  of: (documentId: string) => `deleted:${documentId}`,
  milestone: (goalId: string, milestoneId: string) => `deleted:goal:${goalId}:milestone:${milestoneId}`,
} as const;

/** When a delete made at `deletedAt` (ISO instant) can no longer be restored. */
export function restoreDeadline(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + RESTORE_WINDOW_HOURS * 3_600_000).toISOString();
}

/** Throws a 409 naming the window when `now` is past the item's restore deadline. */
export function requireRestorable(deleted: Pick<DeletedItemDocument, "restoreUntil">, now: string): void {
  if (now > deleted.restoreUntil)
    throw stateConflict(
      `This was deleted more than ${RESTORE_WINDOW_HOURS} hours ago and can no longer be restored.`,
    );
}

function titleOf(body: DeletedItemBody): string {
  switch (body.kind) {
    case "milestone":
      return body.milestone.title;
    case "session":
      return body.doc.at;
    case "privateNote":
      return body.doc.text.trim().split(/\s+/).slice(0, 8).join(" ");
    default:
      return body.doc.title;
  }
}

function idOf(body: DeletedItemBody): string {
  switch (body.kind) {
    case "goal":
      return body.doc.goalId;
    case "milestone":
      return body.milestone.milestoneId;
    case "actionItem":
      return body.doc.actionItemId;
    case "session":
      return body.doc.sessionId;
    case "privateNote":
      return body.doc.noteId;
  }
}

/** The answer to a delete: never the stored copy itself (it may list linked notes). */
export function deletedItemView(doc: DeletedItemDocument): DeletedItemView {
  return {
    kind: doc.kind,
    id: idOf(doc.item),
    ...(doc.item.kind === "milestone" ? { goalId: doc.item.goalId } : {}),
    title: titleOf(doc.item),
    deletedAt: doc.deletedAt,
    restoreUntil: doc.restoreUntil,
  };
}
