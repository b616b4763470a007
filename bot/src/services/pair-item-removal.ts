import {
  conflict,
  deleteInput,
  deletedItemIds,
  deletedItemView,
  documentIds,
  notFound,
  parseInput,
  requireMember,
  requireRestorable,
  requireWritable,
  restoreDeadline,
  stateConflict,
  type ActionItemDocument,
  type DeletableKind,
  type DeletedItemBody,
  type DeletedItemDocument,
  type DeletedItemView,
  type GoalDocument,
  type PairDocument,
  type PrivateNoteDocument,
  type SessionDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { systemClock, type Actor, type Clock } from "./actor";

type TopLevelKind = Exclude<DeletableKind, "milestone">;
type TopLevelDocument = GoalDocument | ActionItemDocument | SessionDocument | PrivateNoteDocument;

const documentIdOf: Record<TopLevelKind, (id: string) => string> = {
  goal: documentIds.goal,
  actionItem: documentIds.actionItem,
  session: documentIds.session,
  privateNote: documentIds.privateNote,
};

const kindType: Record<TopLevelKind, TopLevelDocument["type"]> = {
  goal: "goal",
  actionItem: "actionItem",
  session: "session",
  privateNote: "privateNote",
};

const nameOf: Record<DeletableKind, string> = {
  goal: "This goal",
  milestone: "This milestone",
  actionItem: "This action item",
  session: "This session",
  privateNote: "This note",
};

const withoutEtag = <T extends { _etag?: string }>(doc: T): Omit<T, "_etag"> => {
  const { _etag: _ignored, ...rest } = doc;
  return rest;
};

const isStaleWrite = (error: unknown) =>
  error instanceof Error && "code" in error && (error as { code: unknown }).code === "conflict";

/**
 * Deleting and restoring what a pair created. A delete moves the item into `deleted:{id}` (kept for
 * {@link restoreDeadline}) and removes it under the ETag the person saw, so a stale delete is a 412
 * and deletes nothing. A restore puts it back under the same id. Private notes: their author only.
 */
export class PairItemRemoval {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock = systemClock,
  ) {}

  private async writablePair(actor: Actor, pairId: string): Promise<PairDocument> {
    const pair = await this.repos.pairs.getPair(actor.tenantId, pairId);
    requireMember(pair, actor.userId);
    requireWritable(pair as PairDocument);
    return pair as PairDocument;
  }

  private copyOf(
    actor: Actor,
    pairId: string,
    id: string,
    item: DeletedItemBody,
    authorId?: string,
  ): DeletedItemDocument {
    const now = this.clock.now().toISOString();
    return {
      id,
      pk: this.repos.pairs.pk(actor.tenantId, pairId),
      tenantId: actor.tenantId,
      type: "deletedItem",
      pairId,
      kind: item.kind,
      ...(authorId ? { authorId } : {}),
      item,
      deletedBy: actor.userId,
      deletedAt: now,
      restoreUntil: restoreDeadline(now),
    };
  }

  /** Keeps the copy, then deletes under the ETag; a refused delete takes the copy back. */
  private async moveToDeleted(
    actor: Actor,
    pairId: string,
    copy: DeletedItemDocument,
    remove: () => Promise<unknown>,
  ): Promise<DeletedItemView> {
    const kept = await this.repos.pairs.keepDeleted(copy);
    try {
      await remove();
    } catch (error) {
      await this.repos.pairs.remove(actor.tenantId, pairId, copy.id);
      throw error;
    }
    return deletedItemView(kept);
  }

  /** Deletes a goal (with its milestones), an action item, a session or one's own private note. */
  async deleteItem(
    actor: Actor,
    pairId: string,
    kind: TopLevelKind,
    id: string,
    body: unknown,
  ): Promise<DeletedItemView> {
    await this.writablePair(actor, pairId);
    const { etag } = parseInput(deleteInput, body);
    const docId = documentIdOf[kind](id);
    const current = await this.repos.pairs.read<TopLevelDocument>(actor.tenantId, pairId, docId);
    // Someone else's note is reported exactly like a missing one.
    if (!current || current.type !== kindType[kind] || !this.mayTouch(actor, current))
      throw notFound(nameOf[kind]);
    if (current._etag !== etag) throw conflict();
    const linked =
      current.type === "session"
        ? await this.repos.pairs.linkedToSession(actor.tenantId, pairId, current.sessionId)
        : [];
    const item = this.bodyOf(current, linked);
    const authorId = current.type === "privateNote" ? current.authorId : undefined;
    const copy = this.copyOf(actor, pairId, deletedItemIds.of(docId), item, authorId);
    const view = await this.moveToDeleted(actor, pairId, copy, () =>
      this.repos.pairs.remove(actor.tenantId, pairId, docId, etag),
    );
    for (const doc of linked) await this.relink(doc, undefined);
    return view;
  }

  private mayTouch(actor: Actor, doc: TopLevelDocument): boolean {
    return doc.type !== "privateNote" || doc.authorId === actor.userId;
  }

  private bodyOf(
    doc: TopLevelDocument,
    linked: (ActionItemDocument | PrivateNoteDocument)[],
  ): DeletedItemBody {
    switch (doc.type) {
      case "goal":
        return { kind: "goal", doc: withoutEtag(doc) };
      case "actionItem":
        return { kind: "actionItem", doc: withoutEtag(doc) };
      case "privateNote":
        return { kind: "privateNote", doc: withoutEtag(doc) };
      case "session":
        return {
          kind: "session",
          doc: withoutEtag(doc),
          unlinkedActionItemIds: linked.flatMap((d) => (d.type === "actionItem" ? [d.actionItemId] : [])),
          unlinkedNoteIds: linked.flatMap((d) => (d.type === "privateNote" ? [d.noteId] : [])),
        };
    }
  }

  /**
   * Points an action item or note at `sessionId` (or at no session), under its ETag; a concurrent change
   * is re-read and tried once more, so no reference to a deleted session is left behind.
   */
  private async relink(doc: ActionItemDocument | PrivateNoteDocument, sessionId: string | undefined) {
    const write = async (current: ActionItemDocument | PrivateNoteDocument) => {
      const { sessionId: _old, ...rest } = current;
      const next = { ...rest, ...(sessionId ? { sessionId } : {}) } as typeof current;
      await this.repos.pairs.replace(next, current._etag ?? "");
    };
    try {
      await write(doc);
    } catch (error) {
      if (!isStaleWrite(error)) throw error;
      const fresh = await this.repos.pairs.read<ActionItemDocument | PrivateNoteDocument>(
        doc.tenantId,
        doc.pairId,
        doc.id,
      );
      if (fresh && fresh.sessionId === doc.sessionId) await write(fresh);
    }
  }

  /** Brings a deleted item back under its own id, within the restore window. */
  async restoreItem(actor: Actor, pairId: string, kind: TopLevelKind, id: string): Promise<TopLevelDocument> {
    await this.writablePair(actor, pairId);
    const copy = await this.deletedCopy(actor, pairId, kind, deletedItemIds.of(documentIdOf[kind](id)));
    const item = copy.item;
    if (item.kind === "milestone") throw notFound(nameOf[kind]);
    let doc: TopLevelDocument = item.doc;
    if (
      doc.type === "actionItem" &&
      doc.sessionId &&
      !(await this.sessionExists(actor, pairId, doc.sessionId))
    ) {
      const { sessionId: _gone, ...rest } = doc;
      doc = rest;
    }
    const restored = await this.createOrExisting(actor, pairId, doc);
    if (item.kind === "session") {
      const ids = [
        ...item.unlinkedActionItemIds.map(documentIds.actionItem),
        ...item.unlinkedNoteIds.map(documentIds.privateNote),
      ];
      for (const linkedId of ids) {
        const linked = await this.repos.pairs.read<ActionItemDocument | PrivateNoteDocument>(
          actor.tenantId,
          pairId,
          linkedId,
        );
        if (linked && !linked.sessionId) await this.relink(linked, item.doc.sessionId);
      }
    }
    await this.repos.pairs.remove(actor.tenantId, pairId, copy.id);
    return restored;
  }

  private async deletedCopy(
    actor: Actor,
    pairId: string,
    kind: DeletableKind,
    copyId: string,
  ): Promise<DeletedItemDocument> {
    const copy = await this.repos.pairs.read<DeletedItemDocument>(actor.tenantId, pairId, copyId);
    if (!copy || copy.type !== "deletedItem" || copy.kind !== kind) throw notFound(nameOf[kind]);
    if (copy.authorId && copy.authorId !== actor.userId) throw notFound(nameOf[kind]);
    requireRestorable(copy, this.clock.now().toISOString());
    return copy;
  }

  private async sessionExists(actor: Actor, pairId: string, sessionId: string): Promise<boolean> {
    return !!(await this.repos.pairs.read(actor.tenantId, pairId, documentIds.session(sessionId)));
  }

  /** A restore repeated after a crash finds the item already back: that is the answer. */
  private async createOrExisting(actor: Actor, pairId: string, doc: TopLevelDocument) {
    try {
      return await this.repos.pairs.create<TopLevelDocument>(doc);
    } catch (error) {
      if (!isStaleWrite(error)) throw error;
      const existing = await this.repos.pairs.read<TopLevelDocument>(actor.tenantId, pairId, doc.id);
      if (!existing) throw error;
      return existing;
    }
  }

  /** Deletes one milestone of a goal, under the goal's ETag. */
  async deleteMilestone(
    actor: Actor,
    pairId: string,
    goalId: string,
    milestoneId: string,
    body: unknown,
  ): Promise<DeletedItemView> {
    await this.writablePair(actor, pairId);
    const { etag } = parseInput(deleteInput, body);
    const goal = await this.repos.pairs.read<GoalDocument>(actor.tenantId, pairId, documentIds.goal(goalId));
    if (!goal) throw notFound("This goal");
    const index = goal.milestones.findIndex((m) => m.milestoneId === milestoneId);
    if (index < 0) throw notFound("This milestone");
    if (goal._etag !== etag) throw conflict();
    const milestone = goal.milestones[index]!;
    const copy = this.copyOf(actor, pairId, deletedItemIds.milestone(goalId, milestoneId), {
      kind: "milestone",
      goalId,
      index,
      milestone,
    });
    const next = {
      ...goal,
      milestones: goal.milestones.filter((m) => m.milestoneId !== milestoneId),
      updatedAt: copy.deletedAt,
    };
    return this.moveToDeleted(actor, pairId, copy, () => this.repos.pairs.replace(next, etag));
  }

  /** Puts a milestone back in its place; its goal must exist (restore the goal first). */
  async restoreMilestone(
    actor: Actor,
    pairId: string,
    goalId: string,
    milestoneId: string,
  ): Promise<GoalDocument> {
    await this.writablePair(actor, pairId);
    const copy = await this.deletedCopy(
      actor,
      pairId,
      "milestone",
      deletedItemIds.milestone(goalId, milestoneId),
    );
    if (copy.item.kind !== "milestone") throw notFound("This milestone");
    const { index, milestone } = copy.item;
    const goal = await this.repos.pairs.read<GoalDocument>(actor.tenantId, pairId, documentIds.goal(goalId));
    if (!goal) throw stateConflict("This milestone's goal was deleted. Restore the goal first.");
    let restored = goal;
    if (!goal.milestones.some((m) => m.milestoneId === milestoneId)) {
      const milestones = [...goal.milestones];
      milestones.splice(Math.min(index, milestones.length), 0, milestone);
      restored = await this.repos.pairs.replace(
        { ...goal, milestones, updatedAt: this.clock.now().toISOString() },
        goal._etag ?? "",
      );
    }
    await this.repos.pairs.remove(actor.tenantId, pairId, copy.id);
    return restored;
  }
}
