import {
  documentIds,
  partitionKeys,
  peoplePartition,
  personId,
  searchNameOf,
  type BatonSettingsDocument,
  type ChatMembershipDocument,
  type ConversationReferenceDocument,
  type PersonDocument,
  type ProgramDocument,
  rhythmIds,
} from "@baton/shared";
import type { DocumentStore } from "../data/document-store";

const SETTINGS_ID = "settings";

/**
 * Programs (`program:{id}`) and the tenant's Baton settings (`settings`) in the tenant partition, and
 * the people directory (`person:{userId}`) in `t:{tenant}|people`. Other slices read programs here.
 */
export class ProgramRepository {
  constructor(private readonly store: DocumentStore) {}

  /** The locale Teams last sent for this person (their 1:1 conversation reference), if any. */
  async localeOf(tenantId: string, userId: string): Promise<string | undefined> {
    const ref = await this.store.read<ConversationReferenceDocument>(
      tenantId,
      partitionKeys.user(tenantId, userId),
      rhythmIds.personalReference(),
    );
    return ref?.locale;
  }

  get(tenantId: string, programId: string): Promise<ProgramDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), documentIds.program(programId));
  }

  /** Every program of the tenant (one single-partition query of the small tenant partition). */
  list(tenantId: string): Promise<ProgramDocument[]> {
    return this.store.queryPartition<ProgramDocument>(
      tenantId,
      partitionKeys.tenant(tenantId),
      "c.type = 'program'",
    );
  }

  /** Programs this person owns. */
  listOwnedBy(tenantId: string, userId: string): Promise<ProgramDocument[]> {
    return this.store.queryPartition<ProgramDocument>(
      tenantId,
      partitionKeys.tenant(tenantId),
      "c.type = 'program' AND ARRAY_CONTAINS(c.ownerIds, @userId)",
      [{ name: "@userId", value: userId }],
    );
  }

  create(doc: ProgramDocument): Promise<ProgramDocument> {
    return this.store.create(doc);
  }

  /** A conditional replace: a stale ETag is a conflict (412 → reload). */
  replace(doc: ProgramDocument, etag: string): Promise<ProgramDocument> {
    return this.store.replace(doc, etag);
  }

  getSettings(tenantId: string): Promise<BatonSettingsDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), SETTINGS_ID);
  }

  createSettings(doc: BatonSettingsDocument): Promise<BatonSettingsDocument> {
    return this.store.create(doc);
  }

  replaceSettings(doc: BatonSettingsDocument, etag: string): Promise<BatonSettingsDocument> {
    return this.store.replace(doc, etag);
  }

  getPerson(tenantId: string, userId: string): Promise<PersonDocument | undefined> {
    return this.store.read(tenantId, peoplePartition(tenantId), personId(userId));
  }

  savePerson(doc: PersonDocument): Promise<PersonDocument> {
    return this.store.upsert(doc);
  }

  /** People whose name contains the words (case and accents ignored), by name; at most `limit`. */
  async searchPeople(tenantId: string, query: string, limit: number): Promise<PersonDocument[]> {
    const q = searchNameOf(query);
    const found = await this.store.queryPartition<PersonDocument>(
      tenantId,
      peoplePartition(tenantId),
      q ? "c.type = 'person' AND CONTAINS(c.searchName, @q)" : "c.type = 'person'",
      q ? [{ name: "@q", value: q }] : [],
      "c.searchName",
      limit,
    );
    return found.slice(0, limit);
  }

  /** The group chats and channels Baton is installed in (their references live in the tenant partition). */
  listSharedConversations(tenantId: string): Promise<ConversationReferenceDocument[]> {
    return this.store.queryPartition<ConversationReferenceDocument>(
      tenantId,
      partitionKeys.tenant(tenantId),
      "c.type = 'conversationRef' AND c.scope != 'personal'",
    );
  }

  /** The group chats and channels (with Baton) this person is known to be in: one query of their partition. */
  async memberConversationIds(tenantId: string, userId: string): Promise<Set<string>> {
    const docs = await this.store.queryPartition<ChatMembershipDocument>(
      tenantId,
      partitionKeys.user(tenantId, userId),
      "c.type = 'chatMembership'",
    );
    return new Set(docs.map((d) => d.conversationId));
  }

  getSharedConversation(
    tenantId: string,
    conversationId: string,
  ): Promise<ConversationReferenceDocument | undefined> {
    return this.store.read(
      tenantId,
      partitionKeys.tenant(tenantId),
      documentIds.conversationRef(conversationId),
    );
  }
}
