import type { Container, ItemDefinition, SqlParameter } from "@azure/cosmos";
import {
  conflict,
  notFound,
  RESERVED_ID_CHARACTERS,
  TENANT_ID_PATTERN,
  validationError,
  type DomainError,
} from "@baton/shared";

export interface StoredDocument {
  id: string;
  pk: string;
  tenantId: string;
  type: string;
  _etag?: string;
}

/** A document that was just written or deleted. */
export interface DocumentWrite {
  tenantId: string;
  pk: string;
  id: string;
}
export type WriteListener = (write: DocumentWrite) => Promise<void>;

const SYSTEM_FIELDS = ["_rid", "_self", "_attachments", "_ts"] as const;

function clean<T extends StoredDocument>(resource: ItemDefinition | undefined): T | undefined {
  if (!resource) return undefined;
  const copy: Record<string, unknown> = { ...resource };
  for (const field of SYSTEM_FIELDS) delete copy[field];
  return copy as T;
}

/** A key part: a lower-case kind, optionally `:` and a value (`user:u-priya`, `rhythm`). */
const KEY_PART = /^[a-z][a-z0-9-]*(:.+)?$/;
const isSafeId = (id: string) => id.length > 0 && id.length <= 255 && !RESERVED_ID_CHARACTERS.test(id);

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "number" ? code : undefined;
}

/** What was written (or deleted), for observers such as the dashboard's change tracking. */
export interface WriteEvent {
  tenantId: string;
  pk: string;
  id: string;
  /** The written document's type; absent for a delete. */
  type?: string;
  doc?: StoredDocument;
}
export type WriteObserver = (event: WriteEvent) => void;

const eventOf = (doc: StoredDocument): WriteEvent => ({
  tenantId: doc.tenantId,
  pk: doc.pk,
  id: doc.id,
  type: doc.type,
  doc,
});

/**
 * The only way the app touches Cosmos. Every call names a tenant and a partition key, and every
 * query repeats both in its text (the local server ignores the partitionKey option; real Cosmos
 * routes by it). Reads return the ETag; replaces require it.
 */
export class DocumentStore {
  private readonly writeListeners: WriteListener[] = [];
  private readonly observers: WriteObserver[] = [];

  constructor(private readonly container: Container) {}

  /**
   * Calls `listener` after every successful create, replace, upsert or delete (awaited, so a read
   * right after the write sees what the listener did). A listener's failure is logged, never the
   * write's. The search index's freshness stamp is kept this way (docs/data-model.md).
   */
  onWrite(listener: WriteListener): void {
    this.writeListeners.push(listener);
  }

  /** Calls `observer` after every successful write or delete (synchronously; it must not throw or block). */
  observe(observer: WriteObserver): void {
    this.observers.push(observer);
  }

  /** Tells the observers (synchronously) and then the listeners (awaited) about one write or delete. */
  private async written(event: WriteEvent): Promise<void> {
    for (const observer of this.observers) {
      try {
        observer(event);
      } catch {
        // An observer's failure never fails the write it observed.
      }
    }
    const write: DocumentWrite = { tenantId: event.tenantId, pk: event.pk, id: event.id };
    for (const listener of this.writeListeners) {
      try {
        await listener(write);
      } catch (error) {
        console.error("A write listener failed", error);
      }
    }
  }

  /**
   * The tenant and key must be well formed (no reserved character in the tenant id, the id or any key
   * part: a second line of defence behind the edges' own validation) and the key inside the tenant.
   * A malformed read is "not found" (no such document can exist); a malformed write is a 400.
   */
  private checkScope(tenantId: string, pk: string, id: string | undefined, refuse: () => DomainError): void {
    if (!TENANT_ID_PATTERN.test(tenantId) || (id !== undefined && !isSafeId(id))) throw refuse();
    const prefix = `t:${tenantId}`;
    if (!pk.startsWith(prefix) || (pk.length > prefix.length && pk[prefix.length] !== "|"))
      throw new Error(`Partition key ${pk} is outside tenant ${tenantId}`);
    const parts = pk.length > prefix.length ? pk.slice(prefix.length + 1).split("|") : [];
    if (!parts.every((part) => KEY_PART.test(part) && !RESERVED_ID_CHARACTERS.test(part))) throw refuse();
  }

  private checkRead(tenantId: string, pk: string, id?: string): void {
    this.checkScope(tenantId, pk, id, () => notFound("This"));
  }

  private checkWrite(doc: StoredDocument): void {
    this.checkScope(doc.tenantId, doc.pk, doc.id, () =>
      validationError("id", "id: letters, digits and - _ . : % only; no / \\ ? # | or control characters."),
    );
  }

  async read<T extends StoredDocument>(tenantId: string, pk: string, id: string): Promise<T | undefined> {
    this.checkRead(tenantId, pk, id);
    const { resource, statusCode } = await this.container.item(id, pk).read<T>();
    if (statusCode === 404 || !resource) return undefined;
    const doc = clean<T>(resource);
    return doc && doc.tenantId === tenantId ? doc : undefined;
  }

  /** Creates a new document; an existing id is a conflict (so retries never duplicate). */
  async create<T extends StoredDocument>(doc: T): Promise<T> {
    this.checkWrite(doc);
    const { _etag: _ignored, ...body } = doc;
    try {
      const { resource } = await this.container.items.create(body);
      const created = clean<T>(resource) as T;
      await this.written(eventOf(created));
      return created;
    } catch (error) {
      if (statusOf(error) === 409) throw conflict("This already exists. Reload to see it.");
      throw error;
    }
  }

  /** Replaces only if nobody changed the document since `etag` was read; a stale write is a conflict. */
  async replace<T extends StoredDocument>(doc: T, etag: string): Promise<T> {
    this.checkWrite(doc);
    const { _etag: _ignored, ...body } = doc;
    try {
      const { resource } = await this.container
        .item(doc.id, doc.pk)
        .replace(body, { accessCondition: { type: "IfMatch", condition: etag } });
      const replaced = clean<T>(resource) as T;
      await this.written(eventOf(replaced));
      return replaced;
    } catch (error) {
      const status = statusOf(error);
      if (status === 412) throw conflict();
      if (status === 404)
        throw conflict("This was removed by someone else. Reload to see the current state.");
      throw error;
    }
  }

  /** For documents owned by one writer (e.g. a stored conversation reference). */
  async upsert<T extends StoredDocument>(doc: T): Promise<T> {
    this.checkWrite(doc);
    const { _etag: _ignored, ...body } = doc;
    const { resource } = await this.container.items.upsert(body);
    const upserted = clean<T>(resource) as T;
    await this.written(eventOf(upserted));
    return upserted;
  }

  /**
   * Deletes a document (a missing one is fine). With `etag`, only if nobody changed it since that
   * ETag was read: a stale delete is a conflict (412 at the API) and deletes nothing.
   */
  async delete(tenantId: string, pk: string, id: string, etag?: string): Promise<void> {
    this.checkRead(tenantId, pk, id);
    try {
      await this.container
        .item(id, pk)
        .delete(etag ? { accessCondition: { type: "IfMatch", condition: etag } } : undefined);
    } catch (error) {
      const status = statusOf(error);
      if (status === 412) throw conflict();
      if (status === 404 && etag)
        throw conflict("This was removed by someone else. Reload to see the current state.");
      if (status !== 404) throw error;
    }
    await this.written({ tenantId, pk, id });
  }

  /**
   * A single-partition query. `where` is appended to the tenant and partition filter, e.g.
   * `c.type = @type`; parameters must not use the reserved names @pk and @tenantId.
   */
  async queryPartition<T extends StoredDocument>(
    tenantId: string,
    pk: string,
    where = "true",
    parameters: SqlParameter[] = [],
    orderBy = "",
    /** Page size (the SDK's default is 10; bulk reads like a due bucket want far more per round trip). */
    maxItemCount?: number,
  ): Promise<T[]> {
    this.checkRead(tenantId, pk);
    const query = `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND (${where})${orderBy ? ` ORDER BY ${orderBy}` : ""}`;
    const { resources } = await this.container.items
      .query<T>(
        {
          query,
          parameters: [{ name: "@pk", value: pk }, { name: "@tenantId", value: tenantId }, ...parameters],
        },
        { partitionKey: pk, ...(maxItemCount ? { maxItemCount } : {}) },
      )
      .fetchAll();
    return resources.map((r) => clean<T>(r) as T);
  }
}
