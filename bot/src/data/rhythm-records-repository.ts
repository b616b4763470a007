import {
  documentIds,
  partitionKeys,
  rhythmIds,
  type CheckInDocument,
  type ConversationReferenceDocument,
  type ProfileDocument,
  type RhythmPrefsDocument,
  type SendRecordDocument,
  type ServiceEndpointDocument,
  type SurveyResponseDocument,
} from "@baton/shared";
import type { DocumentStore } from "./document-store";
import { isConflict } from "./is-conflict";

/** What the rhythm keeps beside people and pairs: settings, answers, the send ledger and where to reach people. */
export class RhythmRecordsRepository {
  constructor(private readonly store: DocumentStore) {}

  /** Profile, reminder settings and personal reference of one person: three point reads (1 RU each). */
  async recipient(
    tenantId: string,
    userId: string,
  ): Promise<{
    profile?: ProfileDocument;
    prefs?: RhythmPrefsDocument;
    reference?: ConversationReferenceDocument;
  }> {
    const pk = partitionKeys.user(tenantId, userId);
    const [profile, prefs, reference] = await Promise.all([
      this.store.read<ProfileDocument>(tenantId, pk, documentIds.profile()),
      this.store.read<RhythmPrefsDocument>(tenantId, pk, rhythmIds.prefs()),
      this.store.read<ConversationReferenceDocument>(tenantId, pk, rhythmIds.personalReference()),
    ]);
    return {
      ...(profile ? { profile } : {}),
      ...(prefs ? { prefs } : {}),
      ...(reference ? { reference } : {}),
    };
  }

  getPrefs(tenantId: string, userId: string): Promise<RhythmPrefsDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.user(tenantId, userId), rhythmIds.prefs());
  }

  /**
   * Writes settings read with `etag` (a create when there were none): a concurrent change is a
   * conflict, which the command retries (`retryOnConflict`) so two cards pressed at once both count.
   */
  savePrefs(doc: RhythmPrefsDocument, etag: string | undefined): Promise<RhythmPrefsDocument> {
    return etag ? this.store.replace(doc, etag) : this.store.create(doc);
  }

  /** False when this person already answered this check-in. */
  async createCheckIn(doc: CheckInDocument): Promise<boolean> {
    try {
      await this.store.create(doc);
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  checkIns(tenantId: string, pairId: string): Promise<CheckInDocument[]> {
    return this.store.queryPartition<CheckInDocument>(
      tenantId,
      partitionKeys.pair(tenantId, pairId),
      "c.type = 'checkIn'",
    );
  }

  /** False when this person already answered this survey. */
  async createSurveyResponse(doc: SurveyResponseDocument): Promise<boolean> {
    try {
      await this.store.create(doc);
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  surveyResponses(tenantId: string, programId: string): Promise<SurveyResponseDocument[]> {
    return this.store.queryPartition<SurveyResponseDocument>(
      tenantId,
      partitionKeys.program(tenantId, programId),
      "c.type = 'surveyResponse'",
    );
  }

  // The proactive sender's ledger and addresses.

  readSendRecord(tenantId: string, userId: string, id: string): Promise<SendRecordDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.user(tenantId, userId), id);
  }

  async createSendRecord(doc: SendRecordDocument): Promise<SendRecordDocument | undefined> {
    try {
      return await this.store.create(doc);
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
  }

  async replaceSendRecord(doc: SendRecordDocument, etag: string): Promise<SendRecordDocument | undefined> {
    try {
      return await this.store.replace(doc, etag);
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
  }

  personalReference(tenantId: string, userId: string): Promise<ConversationReferenceDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.user(tenantId, userId), rhythmIds.personalReference());
  }

  savePersonalReference(doc: ConversationReferenceDocument): Promise<ConversationReferenceDocument> {
    return this.store.upsert({ ...doc, id: rhythmIds.personalReference() });
  }

  serviceEndpoint(tenantId: string): Promise<ServiceEndpointDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.tenant(tenantId), rhythmIds.serviceEndpoint());
  }

  saveServiceEndpoint(doc: ServiceEndpointDocument): Promise<ServiceEndpointDocument> {
    return this.store.upsert(doc);
  }
}
