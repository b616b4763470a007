import { partitionKeys } from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { DocumentStore, StoredDocument } from "../data/document-store";
import type { RateLimiter } from "./rate-limiter";
import { realTimer, type RateRule, type Timer } from "./rate-limiter";

/** The per-tenant send rate all of Baton's instances share (Teams: about 50 requests a second per app). */
export interface TenantBudget {
  /** Resolves when this instance may send one request for the tenant. */
  acquire(tenantId: string): Promise<void>;
}

/** One instance alone: the in-memory sliding window (ADR 0006). */
export class LocalTenantBudget implements TenantBudget {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly rule: Omit<RateRule, "key">,
  ) {}

  acquire(tenantId: string): Promise<void> {
    return this.limiter.acquire([{ key: `t:${tenantId}`, ...this.rule }]);
  }
}

/** `t:{tenant}|rate`, id `rate-budget`: the tenant's send schedule (ADR 0024). */
export interface RateBudgetDocument extends StoredDocument {
  type: "rateBudget";
  /** Epoch ms of the next free send slot across all instances. */
  nextSlotMs: number;
  /** The instance that reserved last, and when (for diagnosis only). */
  owner: string;
  updatedAt: string;
}

export interface SharedBudgetOptions {
  /** Teams' limit for the tenant, all instances together: at most `limit` requests in any `windowMs`. */
  limit: number;
  windowMs: number;
  owner: string;
  /** At most this many slots per reservation (one Cosmos write). */
  maxBatch?: number;
  timer?: Timer;
  /** Wall clock shared by the instances (epoch ms). */
  epochMs?: () => number;
}

interface TenantState {
  slots: number[];
  waiting: number;
  reserving?: Promise<void>;
  doc?: RateBudgetDocument;
}

export interface SharedBudgetStats {
  reservations: number;
  /** Reservations that lost the race to another instance (412/409) and were retried. */
  conflicts: number;
  slots: number;
  /** Slots given up because the sender reached them too late. */
  late: number;
}

/**
 * A per-tenant send schedule shared through Cosmos DB (ADR 0024): the document holds the time of the next
 * free slot; an instance reserves a few consecutive slots, `windowMs / (limit - 1)` ms apart (20.4 ms for
 * Teams' 50 a second), with one
 * conditional replace (If-Match its ETag; a 412 means another instance reserved first: read and try
 * again), then sends each request at its slot. However many instances send, the tenant's requests are
 * spaced as if one sender sent them all, so their sum stays under Teams' limit without 429 storms.
 */
export class SharedTenantBudget implements TenantBudget {
  readonly stats: SharedBudgetStats = { reservations: 0, conflicts: 0, slots: 0, late: 0 };
  private readonly tenants = new Map<string, TenantState>();
  private readonly spacingMs: number;
  private readonly lateToleranceMs: number;
  private readonly maxBatch: number;
  private readonly timer: Timer;
  private readonly epochMs: () => number;

  constructor(
    private readonly store: DocumentStore,
    private readonly options: SharedBudgetOptions,
  ) {
    if (!(options.limit >= 2 && options.windowMs > 0))
      throw new Error("SharedTenantBudget: limit >= 2 and windowMs > 0");
    // One send fewer per window than the limit: `limit` consecutive slots then span `windowMs` plus a
    // margin of one spacing. A send at most `margin` late can never put limit + 1 sends in one window
    // (the next ones are never early); half of it is allowed to the sender's timer, half to the network.
    this.spacingMs = options.windowMs / (options.limit - 1);
    this.lateToleranceMs = (options.limit * this.spacingMs - options.windowMs) / 2;
    this.maxBatch = options.maxBatch ?? 8;
    this.timer = options.timer ?? realTimer;
    this.epochMs = options.epochMs ?? Date.now;
  }

  async acquire(tenantId: string): Promise<void> {
    const state = this.state(tenantId);
    for (let attempt = 0; ; attempt++) {
      const slot = await this.nextSlot(tenantId, state);
      const wait = slot - this.epochMs();
      if (wait > 0) await this.timer.sleep(Math.ceil(wait));
      // A slot missed by more than the tolerance (a late timer, a busy process) is given up rather than
      // sent late on top of the next ones: late sends bunch up and trip the limit. A few tries, then send.
      if (this.epochMs() - slot <= this.lateToleranceMs || attempt >= 3) return;
      this.stats.late++;
    }
  }

  private async nextSlot(tenantId: string, state: TenantState): Promise<number> {
    state.waiting++;
    try {
      let slot: number | undefined;
      while ((slot = state.slots.shift()) === undefined) {
        state.reserving ??= this.reserve(tenantId, state).finally(() => (state.reserving = undefined));
        await state.reserving;
      }
      return slot;
    } finally {
      state.waiting--;
    }
  }

  private state(tenantId: string): TenantState {
    let state = this.tenants.get(tenantId);
    if (!state) {
      state = { slots: [], waiting: 0 };
      this.tenants.set(tenantId, state);
    }
    return state;
  }

  /** Reserves as many slots as there are waiters (1..maxBatch) with one conditional write. */
  private async reserve(tenantId: string, state: TenantState): Promise<void> {
    const pk = `${partitionKeys.tenant(tenantId)}|rate`;
    for (;;) {
      const count = Math.min(this.maxBatch, Math.max(1, state.waiting - state.slots.length));
      const current = state.doc ?? (await this.store.read<RateBudgetDocument>(tenantId, pk, "rate-budget"));
      const now = this.epochMs();
      const start = Math.max(current?.nextSlotMs ?? 0, now);
      const next: RateBudgetDocument = {
        id: "rate-budget",
        pk,
        tenantId,
        type: "rateBudget",
        nextSlotMs: start + count * this.spacingMs,
        owner: this.options.owner,
        updatedAt: new Date(now).toISOString(),
      };
      try {
        state.doc = current?._etag
          ? await this.store.replace(next, current._etag)
          : await this.store.create(next);
      } catch (error) {
        if (!isConflict(error)) throw error;
        // Another instance reserved first (412 on replace, 409 on create): read its schedule and retry.
        state.doc = undefined;
        this.stats.conflicts++;
        continue;
      }
      this.stats.reservations++;
      this.stats.slots += count;
      for (let i = 0; i < count; i++) state.slots.push(start + i * this.spacingMs);
      return;
    }
  }
}
