import type { DocumentStore, StoredDocument } from "../data/document-store";
import type { Clock } from "../services/actor";

/** The audit log's partition: one per tenant, `t:{tenant}|audit`. */
export const auditPartition = (tenantId: string) => `t:${tenantId}|audit`;

/**
 * One admin action on behalf of a person: who did what, for whom, when. Never content. An erasure
 * later replaces `subjectId` with the erased person's pseudonymous id, like every other mention.
 */
export interface AuditEntryDocument extends StoredDocument {
  type: "auditEntry";
  actorId: string;
  action: "export" | "erase";
  subjectId: string;
  at: string;
}

export type AuditEntryView = Pick<AuditEntryDocument, "actorId" | "action" | "subjectId" | "at">;

/** Writes and lists the tenant's audit log (admins read it at `GET /api/admin/audit`). */
export class AuditLog {
  constructor(
    private readonly store: DocumentStore,
    private readonly clock: Clock,
  ) {}

  async record(tenantId: string, actorId: string, action: AuditEntryDocument["action"], subjectId: string) {
    const at = this.clock.now().toISOString();
    const doc: AuditEntryDocument = {
      id: `audit:${at}:${crypto.randomUUID().slice(0, 8)}`,
      pk: auditPartition(tenantId),
      tenantId,
      type: "auditEntry",
      actorId,
      action,
      subjectId,
      at,
    };
    await this.store.create(doc);
  }

  /** The newest 200 entries, newest first. */
  async list(tenantId: string): Promise<AuditEntryView[]> {
    const docs = await this.store.queryPartition<AuditEntryDocument>(
      tenantId,
      auditPartition(tenantId),
      "c.type = 'auditEntry'",
      [],
      "c.at DESC",
    );
    return docs
      .slice(0, 200)
      .map(({ actorId, action, subjectId, at }) => ({ actorId, action, subjectId, at }));
  }
}
