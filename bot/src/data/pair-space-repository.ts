import {
  documentIds,
  partitionKeys,
  type ActionItemDocument,
  type AgreementDocument,
  type DeletedItemDocument,
  type GoalDocument,
  type PairDocument,
  type PrivateNoteDocument,
  type SessionDocument,
} from "@baton/shared";
import type { DocumentStore } from "./document-store";

export interface PairSpace {
  pair: PairDocument;
  agreement: AgreementDocument | null;
  goals: GoalDocument[];
  actionItems: ActionItemDocument[];
  sessions: SessionDocument[];
  privateNotes: PrivateNoteDocument[];
}

type PairPartitionDocument =
  | PairDocument
  | AgreementDocument
  | GoalDocument
  | ActionItemDocument
  | SessionDocument
  | PrivateNoteDocument
  | DeletedItemDocument;

/** Everything of one pair lives in one partition: a tab load is one single-partition query. */
export class PairSpaceRepository {
  constructor(private readonly store: DocumentStore) {}

  pk(tenantId: string, pairId: string): string {
    return partitionKeys.pair(tenantId, pairId);
  }

  getPair(tenantId: string, pairId: string): Promise<PairDocument | undefined> {
    return this.store.read<PairDocument>(tenantId, this.pk(tenantId, pairId), documentIds.pair());
  }

  /**
   * Loads the pair's space as seen by `viewerId`. Private notes of anyone else are excluded in the
   * query text itself, and filtered again here, so they never reach the API layer. Deleted items
   * (waiting out their restore window) are left out too.
   */
  async load(tenantId: string, pairId: string, viewerId: string): Promise<PairSpace | undefined> {
    const docs = await this.store.queryPartition<PairPartitionDocument>(
      tenantId,
      this.pk(tenantId, pairId),
      "c.type != 'deletedItem' AND (c.type != 'privateNote' OR c.authorId = @viewerId)",
      [{ name: "@viewerId", value: viewerId }],
    );
    const pair = docs.find((d): d is PairDocument => d.type === "pair");
    if (!pair) return undefined;
    const byType = <T extends PairPartitionDocument>(type: T["type"]) =>
      docs.filter((d): d is T => d.type === type);
    return {
      pair,
      agreement: byType<AgreementDocument>("agreement")[0] ?? null,
      goals: byType<GoalDocument>("goal").sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      actionItems: byType<ActionItemDocument>("actionItem").sort((a, b) =>
        a.createdAt.localeCompare(b.createdAt),
      ),
      sessions: byType<SessionDocument>("session").sort((a, b) => b.at.localeCompare(a.at)),
      privateNotes: byType<PrivateNoteDocument>("privateNote")
        .filter((n) => n.authorId === viewerId)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    };
  }

  read<T extends PairPartitionDocument>(
    tenantId: string,
    pairId: string,
    id: string,
  ): Promise<T | undefined> {
    return this.store.read<T>(tenantId, this.pk(tenantId, pairId), id);
  }

  /** Open action items owned by one person, for "what is due". */
  openActionItemsOf(tenantId: string, pairId: string, ownerId: string): Promise<ActionItemDocument[]> {
    return this.store.queryPartition<ActionItemDocument>(
      tenantId,
      this.pk(tenantId, pairId),
      "c.type = 'actionItem' AND c.ownerId = @ownerId AND c.done = false",
      [{ name: "@ownerId", value: ownerId }],
    );
  }

  /**
   * What "My mentoring" shows of one pair, in one single-partition query: the agreement, goals,
   * sessions and open action items (never private notes or check-ins).
   */
  glanceDocuments(tenantId: string, pairId: string): Promise<PairPartitionDocument[]> {
    return this.store.queryPartition<PairPartitionDocument>(
      tenantId,
      this.pk(tenantId, pairId),
      "(c.type = 'agreement' OR c.type = 'goal' OR c.type = 'session' OR (c.type = 'actionItem' AND c.done = false))",
    );
  }

  /** Every open action item of the pair, whoever owns it. */
  openActionItems(tenantId: string, pairId: string): Promise<ActionItemDocument[]> {
    return this.store.queryPartition<ActionItemDocument>(
      tenantId,
      this.pk(tenantId, pairId),
      "c.type = 'actionItem' AND c.done = false",
    );
  }

  /**
   * Everything in the pair that points at a session: action items, and private notes of every
   * author (for unlinking when the session is deleted; the notes never leave the service).
   */
  linkedToSession(
    tenantId: string,
    pairId: string,
    sessionId: string,
  ): Promise<(ActionItemDocument | PrivateNoteDocument)[]> {
    return this.store.queryPartition<ActionItemDocument | PrivateNoteDocument>(
      tenantId,
      this.pk(tenantId, pairId),
      "(c.type = 'actionItem' OR c.type = 'privateNote') AND c.sessionId = @sessionId",
      [{ name: "@sessionId", value: sessionId }],
    );
  }

  /** Deletes a document of the pair only if it is still at `etag` (412 otherwise). */
  remove(tenantId: string, pairId: string, id: string, etag?: string): Promise<void> {
    return this.store.delete(tenantId, this.pk(tenantId, pairId), id, etag);
  }

  /** Writes a deleted item's copy (a repeated delete of the same item overwrites the older copy). */
  keepDeleted(doc: DeletedItemDocument): Promise<DeletedItemDocument> {
    return this.store.upsert(doc);
  }

  create<T extends PairPartitionDocument>(doc: T): Promise<T> {
    return this.store.create(doc);
  }

  replace<T extends PairPartitionDocument>(doc: T, etag: string): Promise<T> {
    return this.store.replace(doc, etag);
  }
}
