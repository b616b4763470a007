import {
  defaultWorkingHours,
  groupByRecipient,
  isPaused,
  isWithinWorkingHours,
  nextWorkingInstant,
  safeTimeZone,
  type ReminderDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { reminderMessage, type ChemistryCheckContent } from "../features/check-in/reminder-card";
import type { Clock } from "../services/actor";
import { readerOf } from "../cards/reader";
import { sendCorrelationId } from "../observability/correlation";
import { silentLogger, type Logger } from "../observability/logger";
import { hashKey } from "./hash-key";
import { PairSnapshotLoader } from "./pair-snapshot-loader";
import { pool } from "./pool";
import type { ReliableSender } from "./reliable-sender";
import { StillDue } from "./still-due";
import { HOUR_MS, moveReminder } from "./reminder-moves";

export interface DispatcherOptions {
  /** This instance's name on the leases it takes. */
  owner: string;
  leaseMs: number;
  lookbackHours: number;
  concurrency: number;
  chemistryCheck?: ChemistryCheckContent;
  /**
   * Where each recipient's lines go: `reminders cancelled` / `reminders moved` (reminder ids and why),
   * then per message `reminders claimed` → the sender's `send` → `reminders sent` / `deferred` /
   * `cancelled`, all with the message's `correlationId` and its `reminderIds` (`rem:<hash>`, the
   * reminder documents' ids, stable across moves and instances).
   */
  logger?: Logger;
}

export interface TickStats {
  sent: number;
  messages: number;
  cancelled: number;
  moved: number;
  deferred: number;
  lostLeases: number;
}

/**
 * One scheduler tick: read the few due buckets of each tenant, and for each recipient decide (cancel
 * while paused / muted / no longer due, move while snoozed or outside working hours), claim with an
 * ETag lease, send one message for all their items, and mark them sent.
 */
export class Dispatcher {
  private halted = false;

  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly sender: ReliableSender,
    private readonly options: DispatcherOptions,
  ) {}

  /** Stops at the next step (shutdown); what was claimed is picked up after its lease by any instance. */
  halt(): void {
    this.halted = true;
  }

  async tick(): Promise<TickStats> {
    const stats: TickStats = { sent: 0, messages: 0, cancelled: 0, moved: 0, deferred: 0, lostLeases: 0 };
    const now = this.clock.now();
    const check = new StillDue(this.repos, new PairSnapshotLoader(this.repos));
    for (const tenantId of await this.repos.reminders.tenants()) {
      const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
      const hours = Array.from({ length: this.options.lookbackHours + 1 }, (_, i) =>
        new Date(current - i * HOUR_MS).toISOString().slice(0, 13),
      );
      // The current hour first: its sending starts while the older buckets (recovery: missed ticks,
      // expired leases) are still being read; their leftovers go out as their own message.
      let sending: Promise<void> = Promise.resolve();
      for (const hour of hours) {
        const found = await this.repos.reminders.claimable(tenantId, hour, now.toISOString());
        const groups = [...groupByRecipient(found).entries()];
        const previous = sending;
        sending = previous.then(() =>
          pool(groups, this.options.concurrency, ([recipientId, items]) =>
            this.deliver(tenantId, recipientId, items, now, check, stats),
          ),
        );
      }
      await sending;
    }
    return stats;
  }

  private async deliver(
    tenantId: string,
    recipientId: string,
    items: ReminderDocument[],
    now: Date,
    check: StillDue,
    stats: TickStats,
  ): Promise<void> {
    if (this.halted) return;
    const { profile, prefs, reference } = await this.repos.rhythm.recipient(tenantId, recipientId);
    const base = (this.options.logger ?? silentLogger).child({ tenantId });
    /** `sendLog`: after a claim, the message's logger (it already names the reminders). */
    const cancel = async (list: ReminderDocument[], reason: string, sendLog?: Logger) => {
      const cancelled: string[] = [];
      for (const r of list) {
        const { leaseOwner: _o, leaseUntil: _u, ...rest } = r;
        if (
          r._etag &&
          (await this.repos.reminders.replaceReminder(
            { ...rest, status: "cancelled", cancelReason: reason },
            r._etag,
          ))
        )
          cancelled.push(r.id);
      }
      stats.cancelled += cancelled.length;
      if (sendLog) sendLog.info({ reason, cancelled: cancelled.length }, "reminders cancelled");
      else if (cancelled.length > 0) base.info({ reminderIds: cancelled, reason }, "reminders cancelled");
    };
    if (profile?.status === "left") return cancel(items, "left");
    if (profile && isPaused(profile, now)) return cancel(items, "paused");
    if (prefs?.mutedAt) return cancel(items, "muted");

    const zone = safeTimeZone(profile?.timeZone);
    const hours = prefs?.workingHours ?? defaultWorkingHours;
    const snoozedUntil = prefs?.snoozedUntil ? new Date(prefs.snoozedUntil) : undefined;
    const later =
      snoozedUntil && snoozedUntil > now
        ? snoozedUntil
        : !isWithinWorkingHours(now, zone, hours)
          ? now
          : undefined;
    if (later) {
      const at = nextWorkingInstant(later, zone, hours);
      const moved: string[] = [];
      for (const r of items)
        if (await moveReminder(this.repos, r, at, now, this.options.lookbackHours)) moved.push(r.id);
      stats.moved += moved.length;
      if (moved.length > 0)
        base.info(
          {
            reminderIds: moved,
            sendAt: at.toISOString(),
            reason: later === snoozedUntil ? "snoozed" : "outside working hours",
          },
          "reminders moved",
        );
      return;
    }

    // Still due? The data may have changed since planning (session logged, item done, check-in answered).
    const stillDue: ReminderDocument[] = [];
    const stale: ReminderDocument[] = [];
    const verdicts = await Promise.all(items.map((r) => check.check(r, now)));
    items.forEach((r, i) => (verdicts[i] ? stillDue : stale).push(r));
    await cancel(stale, "no longer due");

    // Finish the bookkeeping of a crashed owner whose message did go out.
    const toSend: ReminderDocument[] = [];
    for (const r of stillDue) {
      if (r.batchKey && (await this.sender.state(tenantId, recipientId, r.batchKey)) === "sent") {
        if (await this.markSent(r, now)) {
          stats.sent++;
          base
            .child({ correlationId: sendCorrelationId(r.batchKey), reminderIds: [r.id] })
            .info({ outcome: "sent", reason: "an earlier claim sent it" }, "reminders sent");
        }
      } else toSend.push(r);
    }
    if (toSend.length === 0) return;

    // Claim: a conditional replace per item; losing one means another instance has it.
    const batchKey = `rhythm:${recipientId}:${hashKey(
      toSend
        .map((r) => r.idempotencyKey)
        .sort()
        .join("|"),
    )}:${this.options.owner}:${now.getTime()}`;
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs).toISOString();
    const claimed: ReminderDocument[] = [];
    for (const r of toSend) {
      const c = r._etag
        ? await this.repos.reminders.replaceReminder(
            {
              ...r,
              status: "claimed",
              leaseOwner: this.options.owner,
              leaseUntil,
              batchKey,
              attempts: r.attempts + 1,
            },
            r._etag,
          )
        : undefined;
      if (c) claimed.push(c);
      else stats.lostLeases++;
    }
    if (claimed.length === 0 || this.halted) return;
    const log = base.child({
      correlationId: sendCorrelationId(batchKey),
      reminderIds: claimed.map((r) => r.id),
    });
    log.info(
      {
        kinds: [...new Set(claimed.map((r) => r.kind))],
        attempts: Math.max(...claimed.map((r) => r.attempts)),
        lostLeases: toSend.length - claimed.length,
      },
      "reminders claimed",
    );

    const message = reminderMessage(
      claimed,
      { displayName: profile?.displayName ?? "", ...readerOf({ reference, profile }) },
      this.options.chemistryCheck,
    );
    let outcome;
    try {
      outcome = await this.sender.send(
        { tenantId, userId: recipientId, message, idempotencyKey: batchKey },
        { log, ...(reference ? { reference } : {}) },
      );
    } catch {
      outcome = "deferred" as const;
    }
    if (outcome === "sent" || outcome === "duplicate") {
      stats.messages++;
      let marked = 0;
      for (const r of claimed) if (await this.markSent(r, now)) marked++;
      stats.sent += marked;
      log.info({ outcome, marked }, "reminders sent");
    } else if (outcome === "blocked" || outcome === "no-reference" || outcome === "failed") {
      await cancel(claimed, outcome, log);
    } else {
      stats.deferred += claimed.length;
      for (const r of claimed) {
        const { leaseOwner: _o, leaseUntil: _u, ...rest } = r;
        if (r._etag) await this.repos.reminders.replaceReminder({ ...rest, status: "pending" }, r._etag);
      }
      log.info({ outcome }, "reminders deferred");
    }
  }

  private async markSent(r: ReminderDocument, now: Date): Promise<boolean> {
    if (!r._etag) return false;
    const { leaseUntil: _u, ...rest } = r;
    return (
      (await this.repos.reminders.replaceReminder(
        { ...rest, status: "sent", sentAt: now.toISOString() },
        r._etag,
      )) !== undefined
    );
  }
}
