import {
  REGISTRY_TENANT,
  rhythmIds,
  rhythmKeys,
  type ReminderDocument,
  type ReminderPlanDocument,
  type RhythmPairDocument,
  type RhythmTenantDocument,
} from "@baton/shared";
import type { DocumentStore } from "./document-store";
import { isConflict } from "./is-conflict";

/**
 * Due work: the tenant registry, each tenant's roster of pairs, the planner's marks per pair, and the
 * hourly due buckets the scheduler claims from. Every call is a point operation or one single-partition query.
 */
export class ReminderRepository {
  private readonly knownTenants = new Set<string>();
  private listed: { at: number; tenants: string[] } | undefined;

  constructor(private readonly store: DocumentStore) {}

  /** Idempotent; remembered per process so a busy bot writes it once. */
  async registerTenant(tenantId: string, now: string): Promise<void> {
    if (this.knownTenants.has(tenantId)) return;
    const doc: RhythmTenantDocument = {
      id: rhythmIds.registryTenant(tenantId),
      pk: rhythmKeys.registry(),
      tenantId: REGISTRY_TENANT,
      type: "rhythmTenant",
      registeredTenantId: tenantId,
      registeredAt: now,
    };
    try {
      await this.store.create(doc);
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    this.knownTenants.add(tenantId);
  }

  /**
   * The registered tenants. Re-read at most once a minute: a tenant registered on another instance
   * is picked up within that minute; one registered here is known at once.
   */
  async tenants(): Promise<string[]> {
    if (!this.listed || performance.now() - this.listed.at > 60_000) {
      const docs = await this.store.queryPartition<RhythmTenantDocument>(
        REGISTRY_TENANT,
        rhythmKeys.registry(),
        "c.type = 'rhythmTenant'",
      );
      this.listed = { at: performance.now(), tenants: docs.map((d) => d.registeredTenantId) };
    }
    return [...new Set([...this.listed.tenants, ...this.knownTenants])].sort();
  }

  /** Adds a pair to the planner's roster (call it when a pair is created). */
  async enrolPair(tenantId: string, pairId: string, programId: string, now: string): Promise<void> {
    await this.registerTenant(tenantId, now);
    await this.store.upsert<RhythmPairDocument>({
      id: rhythmIds.rosterPair(pairId),
      pk: rhythmKeys.roster(tenantId),
      tenantId,
      type: "rhythmPair",
      pairId,
      programId,
      enrolledAt: now,
    });
  }

  /** Takes a pair off the planner's roster (closed or continuing informally: no program reminders). */
  leaveRoster(tenantId: string, pairId: string): Promise<void> {
    return this.store.delete(tenantId, rhythmKeys.roster(tenantId), rhythmIds.rosterPair(pairId));
  }

  roster(tenantId: string): Promise<RhythmPairDocument[]> {
    return this.store.queryPartition<RhythmPairDocument>(
      tenantId,
      rhythmKeys.roster(tenantId),
      "c.type = 'rhythmPair'",
    );
  }

  plans(tenantId: string, pairId: string): Promise<ReminderPlanDocument[]> {
    return this.store.queryPartition<ReminderPlanDocument>(
      tenantId,
      rhythmKeys.pairPlan(tenantId, pairId),
      "c.type = 'reminderPlan'",
    );
  }

  /** The lock of planning: false when another instance planned this key first. */
  async createPlan(doc: ReminderPlanDocument): Promise<boolean> {
    try {
      await this.store.create(doc);
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  async replacePlan(doc: ReminderPlanDocument, etag: string): Promise<boolean> {
    try {
      await this.store.replace(doc, etag);
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  /** Creates a reminder; an existing one with the same id in the same bucket is left alone. */
  async createReminder(doc: ReminderDocument): Promise<void> {
    try {
      await this.store.create(doc);
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }

  readReminder(tenantId: string, pk: string, id: string): Promise<ReminderDocument | undefined> {
    return this.store.read<ReminderDocument>(tenantId, pk, id);
  }

  /** Conditional on the ETag: undefined when someone else changed it first (the lease is theirs). */
  async replaceReminder(doc: ReminderDocument, etag: string): Promise<ReminderDocument | undefined> {
    try {
      return await this.store.replace(doc, etag);
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
  }

  /** Reminders of one hour that may be sent at `now`: pending, or claimed by an owner whose lease ran out. */
  claimable(tenantId: string, hour: string, now: string): Promise<ReminderDocument[]> {
    return this.store.queryPartition<ReminderDocument>(
      tenantId,
      rhythmKeys.dueBucket(tenantId, hour),
      "c.type = 'reminder' AND c.sendAt <= @now AND (c.status = 'pending' OR (c.status = 'claimed' AND c.leaseUntil < @now))",
      [{ name: "@now", value: now }],
      "",
      5000,
    );
  }

  /** Everything in one bucket (tests and the benchmark count with it). */
  bucket(tenantId: string, hour: string): Promise<ReminderDocument[]> {
    return this.store.queryPartition<ReminderDocument>(
      tenantId,
      rhythmKeys.dueBucket(tenantId, hour),
      "c.type = 'reminder'",
    );
  }
}
