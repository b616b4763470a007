import {
  documentIds,
  partitionKeys,
  type ChatLinkDocument,
  type ConversationReferenceDocument,
  type ProgramDocument,
  type TenantDocument,
} from "@baton/shared";
import type { DocumentStore } from "./document-store";

/** The tenant partition: the tenant record, its programs, chat→pair links and group-chat references. */
export class TenantRepository {
  constructor(private readonly store: DocumentStore) {}

  getTenant(tenantId: string): Promise<TenantDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), documentIds.tenant());
  }

  createTenant(doc: TenantDocument): Promise<TenantDocument> {
    return this.store.create(doc);
  }

  getProgram(tenantId: string, programId: string): Promise<ProgramDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), documentIds.program(programId));
  }

  listPrograms(tenantId: string): Promise<ProgramDocument[]> {
    return this.store.queryPartition<ProgramDocument>(
      tenantId,
      partitionKeys.tenant(tenantId),
      "c.type = 'program'",
    );
  }

  createProgram(doc: ProgramDocument): Promise<ProgramDocument> {
    return this.store.create(doc);
  }

  getChatLink(tenantId: string, chatId: string): Promise<ChatLinkDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), documentIds.chatLink(chatId));
  }

  /** A first link: fails with a conflict if someone linked the chat meanwhile. */
  createChatLink(doc: ChatLinkDocument): Promise<ChatLinkDocument> {
    return this.store.create(doc);
  }

  /** Re-points an existing link, only if it is unchanged since `etag` was read. */
  replaceChatLink(doc: ChatLinkDocument, etag: string): Promise<ChatLinkDocument> {
    return this.store.replace(doc, etag);
  }

  saveConversationReference(doc: ConversationReferenceDocument): Promise<ConversationReferenceDocument> {
    return this.store.upsert(doc);
  }
}
