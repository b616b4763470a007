import {
  backoffDelay,
  defaultBackoff,
  documentIds,
  partitionKeys,
  type BackoffPolicy,
  type ConversationReferenceDocument,
  type SendRecordDocument,
} from "@baton/shared";
import type { ProactiveMessage, ProactiveOutcome, ProactiveSender } from "../bot/proactive-sender";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { sendCorrelationId } from "../observability/correlation";
import { silentLogger, type Logger } from "../observability/logger";
import { hashKey } from "./hash-key";
import { ChannelError, type ProactiveChannel, type ProactiveTarget } from "./proactive-channel";
import { RateLimiter, realTimer, type Timer } from "./rate-limiter";
import { LocalTenantBudget, type TenantBudget } from "./tenant-budget";

/**
 * 403 codes that mean the person blocked Baton: only these mark them unreachable for good (ADR 0010).
 * Any other 403 (`BotNotInConversationRoster`, an admin block...) fails this one message only.
 */
export const BLOCKED_BY_USER = new Set(["ConversationBlockedByUser", "MessageWritesBlocked"]);

export interface SenderLimits {
  /**
   * Per app per tenant: Teams allows about 50 requests a second. We never exceed 50 in any second and
   * space sends evenly at 49.5/s, so a burst never trips the limit; the rare 429 is retried. Across
   * instances (the shared schedule, ADR 0024) slots are `windowMs / (limit - 1)` apart instead.
   */
  tenant: { limit: number; windowMs: number; spacingMs?: number };
  /** Per conversation: Teams allows about 7 messages a second. */
  conversation: { limit: number; windowMs: number };
}

export const teamsLimits: SenderLimits = {
  tenant: { limit: 50, windowMs: 1000, spacingMs: 1000 / 49.5 },
  conversation: { limit: 6, windowMs: 1000 },
};

export interface ReliableSenderOptions {
  /** This instance, recorded on ledger entries it holds. */
  owner: string;
  clock: Clock;
  timer?: Timer;
  limiter?: RateLimiter;
  limits?: SenderLimits;
  backoff?: BackoffPolicy;
  random?: () => number;
  /** How long an in-flight ledger entry belongs to its owner before another instance may take it over. */
  ledgerLeaseMs?: number;
  /** The tenant's rate, shared by all instances (ADR 0024); default: this instance alone (`limits.tenant`). */
  tenantBudget?: TenantBudget;
  /** Where each send's lines go (`send`, `send retry`, `send refused`), keyed by its correlation id. */
  logger?: Logger;
}

export interface SenderStats {
  sent: number;
  duplicates: number;
  blocked: number;
  throttled: number;
  retried: number;
  deferred: number;
  failed: number;
}

/**
 * The proactive sender: idempotency ledger (one `sendRecord` per key, created before the send and
 * marked after), throttling to Teams' limits, retries of 429/5xx with backoff and jitter that honour
 * Retry-After, and dead references on 403. The channel underneath is botbuilder in production.
 */
export class ReliableSender implements ProactiveSender {
  readonly stats: SenderStats = {
    sent: 0,
    duplicates: 0,
    blocked: 0,
    throttled: 0,
    retried: 0,
    deferred: 0,
    failed: 0,
  };
  private readonly timer: Timer;
  private readonly limiter: RateLimiter;
  private readonly limits: SenderLimits;
  private readonly backoff: BackoffPolicy;
  private readonly random: () => number;
  private readonly leaseMs: number;
  private readonly tenantBudget: TenantBudget;
  private halted = false;

  constructor(
    private readonly repos: Repositories,
    private readonly channel: ProactiveChannel,
    private readonly options: ReliableSenderOptions,
  ) {
    this.timer = options.timer ?? realTimer;
    this.limiter = options.limiter ?? new RateLimiter(this.timer);
    this.limits = options.limits ?? teamsLimits;
    this.backoff = options.backoff ?? defaultBackoff;
    this.random = options.random ?? Math.random;
    this.leaseMs = options.ledgerLeaseMs ?? 5 * 60_000;
    this.tenantBudget = options.tenantBudget ?? new LocalTenantBudget(this.limiter, this.limits.tenant);
  }

  /** Stops sending at once (shutdown): a send in progress stops before its next attempt. */
  halt(): void {
    this.halted = true;
  }

  /** What the ledger says about a key: lets a scheduler finish the bookkeeping of a crashed peer. */
  async state(
    tenantId: string,
    userId: string,
    idempotencyKey: string,
  ): Promise<SendRecordDocument["state"] | undefined> {
    return (await this.repos.rhythm.readSendRecord(tenantId, userId, ledgerId(idempotencyKey)))?.state;
  }

  /**
   * `known.reference`: the person's personal reference if the caller already read it (saves a read).
   * `known.log`: the caller's logger for this send, already carrying `correlationId` (the dispatcher's,
   * which adds the reminder ids); else one keyed by `sendCorrelationId(m.idempotencyKey)`. Logs one
   * `send` line with the outcome and duration (ms), and a line per retry or refusal; never the message.
   */
  async send(
    m: ProactiveMessage,
    known: { reference?: ConversationReferenceDocument; log?: Logger } = {},
  ): Promise<ProactiveOutcome> {
    const log =
      known.log ??
      (this.options.logger ?? silentLogger).child({
        correlationId: sendCorrelationId(m.idempotencyKey),
        tenantId: m.tenantId,
      });
    const started = performance.now();
    try {
      const outcome = await this.deliver(m, known.reference, log);
      log.info({ outcome, ms: Math.round(performance.now() - started) }, "send");
      return outcome;
    } catch (error) {
      log.warn({ err: error, ms: Math.round(performance.now() - started) }, "send stopped");
      throw error;
    }
  }

  private async deliver(
    m: ProactiveMessage,
    reference: ConversationReferenceDocument | undefined,
    log: Logger,
  ): Promise<ProactiveOutcome> {
    const { profileRef, target } = m.conversation
      ? { profileRef: undefined, target: { kind: "reference" as const, ...m.conversation } }
      : await this.target(m.tenantId, m.userId, reference);
    if (profileRef?.deadSince) return this.count("blocked");
    if (!target) return "no-reference";

    let record = await this.claim(m);
    if (typeof record === "string") {
      log.debug({ outcome: record }, "send not claimed");
      return this.count(record);
    }

    let current = target;
    let recreated = false;
    for (let attempt = 0; ; attempt++) {
      if (this.halted) throw new Error("The sender was stopped.");
      const conversationKey =
        current.kind === "reference" ? `c:${current.conversationId}` : `u:${m.tenantId}|${m.userId}`;
      // The conversation's room first, then the tenant's slot (time-critical: sent right at it).
      await this.limiter.acquire([{ key: conversationKey, ...this.limits.conversation }]);
      if (this.halted) throw new Error("The sender was stopped.");
      await this.tenantBudget.acquire(m.tenantId);
      if (this.halted) throw new Error("The sender was stopped.");
      try {
        const delivery = await this.channel.deliver(current, m.message);
        if (current.kind === "create" && delivery.reference && delivery.conversationId)
          await this.rememberCreated(m.tenantId, m.userId, delivery.reference, delivery.conversationId);
        await this.mark(record, "sent", {
          ...(delivery.activityId ? { activityId: delivery.activityId } : {}),
        });
        return this.count("sent");
      } catch (error) {
        const status = error instanceof ChannelError ? error.status : 0;
        const retryAfterMs = error instanceof ChannelError ? error.retryAfterMs : undefined;
        const code = error instanceof ChannelError ? error.code : undefined;
        if (status === 403 && code !== undefined && BLOCKED_BY_USER.has(code)) {
          if (profileRef) await this.markDead(profileRef);
          await this.mark(record, "blocked");
          return this.count("blocked");
        }
        if (status === 404 && current.kind === "reference" && !recreated) {
          // The 1:1 chat is gone (ConversationNotFound): create it again and resend, once.
          const again = await this.recreateTarget(m.tenantId, m.userId, current.reference);
          if (again) {
            current = again;
            recreated = true;
            continue;
          }
        }
        const transient = status === 429 || status >= 500 || status === 0;
        if (!transient) {
          await this.mark(record, "failed", {}, true);
          log.warn({ status, code, attempt: attempt + 1 }, "send refused");
          return this.count("failed");
        }
        if (status === 429) {
          this.stats.throttled++;
          if (retryAfterMs !== undefined) this.limiter.block(conversationKey, retryAfterMs);
        }
        log.warn(
          { status, code, attempt: attempt + 1, retryAfterMs },
          status === 429 ? "send throttled" : "send retry",
        );
        if (attempt + 1 >= this.backoff.maxAttempts) {
          // Certainly not delivered when the channel refused; released so a later run tries again.
          await this.mark(record, "retrying", {}, true);
          return this.count("deferred");
        }
        // A refusal (429/5xx) means not delivered; a network error might have been, so it stays in-flight.
        if (status !== 0) record = await this.mark(record, "retrying");
        this.stats.retried++;
        await this.timer.sleep(backoffDelay(attempt, this.backoff, this.random, retryAfterMs));
      }
    }
  }

  /** A "create the 1:1 chat" target: the tenant's service endpoint, else the lost reference's own. */
  private async recreateTarget(
    tenantId: string,
    userId: string,
    lost: Record<string, unknown>,
  ): Promise<ProactiveTarget | undefined> {
    const endpoint = await this.repos.rhythm.serviceEndpoint(tenantId);
    const ref = lost as { serviceUrl?: string; channelId?: string; bot?: { id?: string; name?: string } };
    const serviceUrl = endpoint?.serviceUrl ?? ref.serviceUrl;
    const bot = endpoint?.bot ?? (ref.bot?.id ? { id: ref.bot.id } : undefined);
    if (!serviceUrl || !bot) return undefined;
    return {
      kind: "create",
      tenantId,
      userId,
      serviceUrl,
      channelId: endpoint?.channelId ?? ref.channelId ?? "msteams",
      bot,
    };
  }

  private count<T extends ProactiveOutcome>(outcome: T): T {
    if (outcome === "duplicate") this.stats.duplicates++;
    else if (outcome === "blocked") this.stats.blocked++;
    else if (outcome === "deferred") this.stats.deferred++;
    else if (outcome === "sent") this.stats.sent++;
    else if (outcome === "failed") this.stats.failed++;
    return outcome;
  }

  private async target(
    tenantId: string,
    userId: string,
    known?: ConversationReferenceDocument,
  ): Promise<{ profileRef?: ConversationReferenceDocument; target?: ProactiveTarget }> {
    const ref = known ?? (await this.repos.rhythm.personalReference(tenantId, userId));
    if (ref)
      return {
        profileRef: ref,
        target: { kind: "reference", reference: ref.reference, conversationId: ref.conversationId },
      };
    const endpoint = await this.repos.rhythm.serviceEndpoint(tenantId);
    if (!endpoint) return {};
    return {
      target: {
        kind: "create",
        tenantId,
        userId,
        serviceUrl: endpoint.serviceUrl,
        channelId: endpoint.channelId,
        bot: endpoint.bot,
      },
    };
  }

  /** Takes the ledger entry for this key, or says why not. */
  private async claim(m: ProactiveMessage): Promise<SendRecordDocument | ProactiveOutcome> {
    const now = this.options.clock.now();
    const fresh: SendRecordDocument = {
      id: ledgerId(m.idempotencyKey),
      pk: partitionKeys.user(m.tenantId, m.userId),
      tenantId: m.tenantId,
      type: "sendRecord",
      userId: m.userId,
      idempotencyKey: m.idempotencyKey.slice(0, 400),
      state: "in-flight",
      owner: this.options.owner,
      leaseUntil: new Date(now.getTime() + this.leaseMs).toISOString(),
      attempts: 0,
      updatedAt: now.toISOString(),
    };
    const created = await this.repos.rhythm.createSendRecord(fresh);
    if (created) return created;
    const existing = await this.repos.rhythm.readSendRecord(m.tenantId, m.userId, fresh.id);
    if (!existing || !existing._etag) return "deferred";
    if (existing.state === "sent") return "duplicate";
    if (existing.state === "blocked") return "blocked";
    const held = existing.state === "in-flight" || existing.state === "retrying";
    if (held && existing.owner !== this.options.owner && Date.parse(existing.leaseUntil) > now.getTime())
      return "deferred";
    // Failed, released, or its owner died: take it over. An expired `in-flight` may have been delivered
    // (the owner died between Teams' answer and the mark): we resend, preferring a rare repeat to a loss.
    const taken = await this.repos.rhythm.replaceSendRecord(
      { ...fresh, attempts: existing.attempts },
      existing._etag,
    );
    return taken ?? "deferred";
  }

  private async mark(
    record: SendRecordDocument,
    state: SendRecordDocument["state"],
    extra: Partial<SendRecordDocument> = {},
    release = false,
  ): Promise<SendRecordDocument> {
    const now = this.options.clock.now();
    const next: SendRecordDocument = {
      ...record,
      ...extra,
      state,
      attempts: record.attempts + 1,
      updatedAt: now.toISOString(),
      ...(release ? { leaseUntil: now.toISOString() } : {}),
    };
    const saved = record._etag ? await this.repos.rhythm.replaceSendRecord(next, record._etag) : undefined;
    return saved ?? next;
  }

  private async markDead(ref: ConversationReferenceDocument): Promise<void> {
    const deadSince = this.options.clock.now().toISOString();
    await this.repos.rhythm.savePersonalReference({ ...ref, deadSince });
    await this.repos.people.saveConversationReference({
      ...ref,
      id: documentIds.conversationRef(ref.conversationId),
      deadSince,
    });
  }

  private async rememberCreated(
    tenantId: string,
    userId: string,
    reference: Record<string, unknown>,
    conversationId: string,
  ): Promise<void> {
    const doc: ConversationReferenceDocument = {
      id: documentIds.conversationRef(conversationId),
      pk: partitionKeys.user(tenantId, userId),
      tenantId,
      type: "conversationRef",
      scope: "personal",
      conversationId,
      userId,
      reference,
      updatedAt: this.options.clock.now().toISOString(),
    };
    await this.repos.people.saveConversationReference(doc);
    await this.repos.rhythm.savePersonalReference(doc);
  }
}

export const ledgerId = (idempotencyKey: string): string => `sent:${hashKey(idempotencyKey)}`;
