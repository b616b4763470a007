import { intakeIds, partitionKeys, type EnrolmentDocument, type IntakeDocument } from "@baton/shared";
import type { DocumentStore } from "./document-store";

/**
 * Intake in progress (the person's partition, so it resumes from any device) and enrolments (the
 * program's partition, so intake progress is one single-partition query).
 */
export class IntakeRepository {
  constructor(private readonly store: DocumentStore) {}

  getIntake(tenantId: string, userId: string, id: string): Promise<IntakeDocument | undefined> {
    return this.store.read<IntakeDocument>(tenantId, partitionKeys.user(tenantId, userId), id);
  }

  /** Every unfinished intake of the person (joins and an edit), newest first. */
  async listIntakes(tenantId: string, userId: string): Promise<IntakeDocument[]> {
    const docs = await this.store.queryPartition<IntakeDocument>(
      tenantId,
      partitionKeys.user(tenantId, userId),
      "c.type = 'intake'",
    );
    return docs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  createIntake(doc: IntakeDocument): Promise<IntakeDocument> {
    return this.store.create(doc);
  }

  /** Conditional on the ETag read: two devices answering at once cannot overwrite each other. */
  replaceIntake(doc: IntakeDocument, etag: string): Promise<IntakeDocument> {
    return this.store.replace(doc, etag);
  }

  deleteIntake(tenantId: string, userId: string, id: string): Promise<void> {
    return this.store.delete(tenantId, partitionKeys.user(tenantId, userId), id);
  }

  getEnrolment(tenantId: string, programId: string, userId: string): Promise<EnrolmentDocument | undefined> {
    return this.store.read(tenantId, partitionKeys.program(tenantId, programId), intakeIds.enrolment(userId));
  }

  /** The enrolment is a projection written by its owner's own actions only, so last write wins. */
  saveEnrolment(doc: EnrolmentDocument): Promise<EnrolmentDocument> {
    return this.store.upsert(doc);
  }

  listEnrolments(tenantId: string, programId: string): Promise<EnrolmentDocument[]> {
    return this.store.queryPartition<EnrolmentDocument>(
      tenantId,
      partitionKeys.program(tenantId, programId),
      "c.type = 'enrolment'",
    );
  }
}
