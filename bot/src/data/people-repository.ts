import {
  documentIds,
  partitionKeys,
  type ConversationReferenceDocument,
  type MembershipDocument,
  type ProfileDocument,
} from "@baton/shared";
import type { DocumentStore } from "./document-store";

type PersonPartitionDocument = ProfileDocument | MembershipDocument | ConversationReferenceDocument;

/** One partition per person: profile, pair memberships and their 1:1 conversation reference. */
export class PeopleRepository {
  constructor(private readonly store: DocumentStore) {}

  pk(tenantId: string, userId: string): string {
    return partitionKeys.user(tenantId, userId);
  }

  getProfile(tenantId: string, userId: string): Promise<ProfileDocument | undefined> {
    return this.store.read<ProfileDocument>(tenantId, this.pk(tenantId, userId), documentIds.profile());
  }

  /** Profile and memberships in one single-partition query ("My mentoring"). */
  async loadPerson(
    tenantId: string,
    userId: string,
  ): Promise<{ profile: ProfileDocument | undefined; memberships: MembershipDocument[] }> {
    const docs = await this.store.queryPartition<PersonPartitionDocument>(
      tenantId,
      this.pk(tenantId, userId),
      "c.type = 'profile' OR c.type = 'membership'",
    );
    return {
      profile: docs.find((d): d is ProfileDocument => d.type === "profile"),
      memberships: docs
        .filter((d): d is MembershipDocument => d.type === "membership")
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    };
  }

  createProfile(doc: ProfileDocument): Promise<ProfileDocument> {
    return this.store.create(doc);
  }

  replaceProfile(doc: ProfileDocument, etag: string): Promise<ProfileDocument> {
    return this.store.replace(doc, etag);
  }

  deleteProfile(tenantId: string, userId: string): Promise<void> {
    return this.store.delete(tenantId, this.pk(tenantId, userId), documentIds.profile());
  }

  createMembership(doc: MembershipDocument): Promise<MembershipDocument> {
    return this.store.create(doc);
  }

  saveConversationReference(doc: ConversationReferenceDocument): Promise<ConversationReferenceDocument> {
    return this.store.upsert(doc);
  }

  getConversationReference(
    tenantId: string,
    userId: string,
    conversationId: string,
  ): Promise<ConversationReferenceDocument | undefined> {
    return this.store.read(tenantId, this.pk(tenantId, userId), documentIds.conversationRef(conversationId));
  }
}
