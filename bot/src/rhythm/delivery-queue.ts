import { rhythmKeys, type OutboxEntryDocument, type OutboxPurpose } from "@baton/shared";
import type { ProactiveMessage, ProactiveOutcome, ProactiveSender } from "../bot/proactive-sender";
import { isConflict } from "../data/is-conflict";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { sendCorrelationId } from "../observability/correlation";
import { silentLogger, type Logger } from "../observability/logger";
import { hashKey } from "./hash-key";

/** Waits before each further try of a message the channel kept refusing (5xx, 429): about a day in all. */
export const RETRY_DELAYS_MS = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
];
const LEASE_MS = 5 * 60_000;

export type QueuedOutcome = "sent" | "queued" | "failed" | "cancelled";

/** Called once when a message finally cannot be delivered: tell whoever is waiting. */
export type GiveUpHandler = (entry: OutboxEntryDocument) => Promise<void>;

/**
 * Runs before each try of a scheduled entry, when its time has come: does what is due (e.g. expires
 * a request, idempotently) and returns the message as it should read now, or "cancel" when it is no
 * longer due (the request was answered meanwhile). Called again on a retry, so it must be repeatable.
 */
export type PrepareHandler = (
  entry: OutboxEntryDocument,
) => Promise<OutboxEntryDocument["message"] | "cancel">;

const outcomeOf = (entry: OutboxEntryDocument): QueuedOutcome =>
  entry.state === "queued" ? "queued" : entry.state;

/**
 * The durable delivery queue (ADR 0010): proactive messages that matter are written to the
 * tenant's outbox before they are sent, so nothing is "pending forever". `drain` sends what is
 * due (claimed on the entry's ETag with a lease, like the reminder buckets); a deferred send is
 * tried again later with growing delays; a refusal for good, or the last retry, ends in `failed`
 * and the purpose's give-up handler runs (e.g. the mentee's request shows "could not be delivered").
 */
export class DeliveryQueue {
  private readonly giveUp = new Map<OutboxPurpose["kind"], GiveUpHandler>();
  private readonly prepare = new Map<OutboxPurpose["kind"], PrepareHandler>();
  /** The drain running in this process, per tenant (see `drain`). */
  private readonly draining = new Map<string, Promise<void>>();

  constructor(
    private readonly repos: Repositories,
    private readonly sender: ProactiveSender,
    private readonly clock: Clock,
    private readonly owner: string,
    /**
     * Lines per entry, keyed by `correlationId` = `sendCorrelationId(idempotencyKey)` (the entry is
     * `outbox:<correlationId>`): `outbox queued`, `outbox claimed`, the sender's `send`, then
     * `outbox sent` / `outbox retry later` / `outbox gave up` / `outbox cancelled`.
     */
    private readonly logger: Logger = silentLogger,
  ) {}

  private log(entry: Pick<OutboxEntryDocument, "idempotencyKey" | "tenantId" | "purpose">): Logger {
    return this.logger.child({
      correlationId: sendCorrelationId(entry.idempotencyKey),
      tenantId: entry.tenantId,
      purpose: entry.purpose.kind,
    });
  }

  onGiveUp(kind: OutboxPurpose["kind"], handler: GiveUpHandler): void {
    this.giveUp.set(kind, handler);
  }

  onPrepare(kind: OutboxPurpose["kind"], handler: PrepareHandler): void {
    this.prepare.set(kind, handler);
  }

  /**
   * Schedules a message for `at` (ADR 0020): the same outbox entry, not tried before its time. Once
   * per idempotency key; the purpose's prepare handler decides at that time what it says, if anything.
   */
  async schedule(m: ProactiveMessage, purpose: OutboxPurpose, at: Date): Promise<OutboxEntryDocument> {
    const entry = await this.enqueue(m, purpose, at);
    return entry;
  }

  private pk(tenantId: string): string {
    return rhythmKeys.outbox(tenantId);
  }

  static entryId(idempotencyKey: string): string {
    return `outbox:${hashKey(idempotencyKey)}`;
  }

  /** Writes the message to the outbox (once per idempotency key); it is sent by the next `drain`. */
  async enqueue(m: ProactiveMessage, purpose: OutboxPurpose, notBefore?: Date): Promise<OutboxEntryDocument> {
    const now = this.clock.now().toISOString();
    const entry: OutboxEntryDocument = {
      id: DeliveryQueue.entryId(m.idempotencyKey),
      pk: this.pk(m.tenantId),
      tenantId: m.tenantId,
      type: "outboxEntry",
      userId: m.userId,
      idempotencyKey: m.idempotencyKey.slice(0, 400),
      message: m.message,
      purpose,
      state: "queued",
      attempts: 0,
      nextAttemptAt: notBefore ? notBefore.toISOString() : now,
      createdAt: now,
      updatedAt: now,
    };
    try {
      const created = await this.repos.store.create(entry);
      this.log(entry).info({ nextAttemptAt: entry.nextAttemptAt }, "outbox queued");
      return created;
    } catch (error) {
      if (!isConflict(error)) throw error;
      return (await this.read(m.tenantId, m.idempotencyKey)) ?? entry;
    }
  }

  /** Sends one message now; if the channel defers it, it stays queued for a later try. */
  async sendOrQueue(m: ProactiveMessage, purpose: OutboxPurpose): Promise<QueuedOutcome> {
    const entry = await this.enqueue(m, purpose);
    if (entry.state !== "queued") return outcomeOf(entry);
    const claimed = await this.claim(entry);
    return claimed ? this.attempt(claimed) : "queued";
  }

  read(tenantId: string, idempotencyKey: string): Promise<OutboxEntryDocument | undefined> {
    return this.repos.store.read<OutboxEntryDocument>(
      tenantId,
      this.pk(tenantId),
      DeliveryQueue.entryId(idempotencyKey),
    );
  }

  /**
   * Sends every due entry of every known tenant (or of `tenantId`). Drains of one tenant in this
   * process run one after the other, so when a drain resolves, everything due when it was called has
   * been attempted (a drain started in the background by an approval is waited for, not raced).
   */
  async drain(tenantId?: string): Promise<Record<QueuedOutcome, number>> {
    const counts = { sent: 0, queued: 0, failed: 0, cancelled: 0 };
    const tenants = tenantId ? [tenantId] : await this.repos.reminders.tenants();
    for (const t of tenants) {
      const previous = this.draining.get(t) ?? Promise.resolve();
      const run = previous.catch(() => undefined).then(() => this.drainTenant(t, counts));
      this.draining.set(t, run);
      try {
        await run;
      } finally {
        if (this.draining.get(t) === run) this.draining.delete(t);
      }
    }
    return counts;
  }

  private async drainTenant(tenantId: string, counts: Record<QueuedOutcome, number>): Promise<void> {
    const now = this.clock.now().toISOString();
    const due = await this.repos.store.queryPartition<OutboxEntryDocument>(
      tenantId,
      this.pk(tenantId),
      "c.type = 'outboxEntry' AND c.state = 'queued' AND c.nextAttemptAt <= @now",
      [{ name: "@now", value: now }],
      "c.nextAttemptAt",
      100,
    );
    for (const entry of due) {
      const claimed = await this.claim(entry);
      if (claimed) counts[await this.attempt(claimed)]++;
    }
  }

  private async claim(entry: OutboxEntryDocument): Promise<OutboxEntryDocument | undefined> {
    const now = this.clock.now();
    if (entry.leaseUntil && entry.leaseOwner !== this.owner && Date.parse(entry.leaseUntil) > now.getTime())
      return undefined;
    if (!entry._etag) return undefined;
    try {
      return await this.repos.store.replace(
        {
          ...entry,
          leaseOwner: this.owner,
          leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
        },
        entry._etag,
      );
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
  }

  private async attempt(entry: OutboxEntryDocument): Promise<QueuedOutcome> {
    const log = this.log(entry);
    log.info({ attempt: entry.attempts + 1 }, "outbox claimed");
    const prepare = this.prepare.get(entry.purpose.kind);
    let message = entry.message;
    if (prepare) {
      const prepared = await prepare(entry);
      if (prepared === "cancel") return this.cancel(entry, log);
      message = prepared;
    }
    let outcome: ProactiveOutcome;
    try {
      outcome = await this.sender.send({
        tenantId: entry.tenantId,
        userId: entry.userId,
        idempotencyKey: entry.idempotencyKey,
        message,
      });
    } catch {
      outcome = "deferred";
    }
    const now = this.clock.now();
    const attempts = entry.attempts + 1;
    const base = { ...entry, message, attempts, lastOutcome: outcome, updatedAt: now.toISOString() };
    const { leaseOwner: _o, leaseUntil: _u, ...released } = base;
    let next: OutboxEntryDocument;
    if (outcome === "sent" || outcome === "duplicate") next = { ...released, state: "sent" };
    // No 1:1 chat yet is not a refusal: the person may open Baton later (and can answer in the tab
    // meanwhile), so it is retried like a deferral and only the last retry gives up.
    else if ((outcome === "deferred" || outcome === "no-reference") && attempts <= RETRY_DELAYS_MS.length)
      next = {
        ...released,
        state: "queued",
        nextAttemptAt: new Date(now.getTime() + (RETRY_DELAYS_MS[attempts - 1] ?? 0)).toISOString(),
      };
    else next = { ...released, state: "failed" };
    try {
      await this.repos.store.replace(next, entry._etag ?? "");
    } catch (error) {
      if (!isConflict(error)) throw error;
      log.info({ outcome }, "outbox lost its lease");
      return "queued";
    }
    if (next.state === "sent") log.info({ outcome, attempts }, "outbox sent");
    else if (next.state === "queued")
      log.info({ outcome, attempts, nextAttemptAt: next.nextAttemptAt }, "outbox retry later");
    else log.warn({ outcome, attempts }, "outbox gave up");
    if (next.state === "failed") await this.giveUp.get(next.purpose.kind)?.(next);
    return outcomeOf(next);
  }

  /** A scheduled entry no longer due: closed without sending (a later drain never picks it up). */
  private async cancel(entry: OutboxEntryDocument, log: Logger): Promise<QueuedOutcome> {
    const { leaseOwner: _o, leaseUntil: _u, ...released } = entry;
    try {
      await this.repos.store.replace<OutboxEntryDocument>(
        { ...released, state: "cancelled", updatedAt: this.clock.now().toISOString() },
        entry._etag ?? "",
      );
    } catch (error) {
      if (!isConflict(error)) throw error;
      return "queued";
    }
    log.info("outbox cancelled");
    return "cancelled";
  }
}
