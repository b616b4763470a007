import {
  defaultWorkingHours,
  dueWork,
  nextWorkingInstant,
  rhythmKeys,
  safeTimeZone,
  type DueWork,
  type PairDocument,
  type PairSnapshot,
  type ReminderDocument,
  type ReminderPlanDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { hashKey } from "./hash-key";
import { PairSnapshotLoader } from "./pair-snapshot-loader";
import { pool } from "./pool";
import { bucketFor, recreateAt } from "./reminder-moves";

export interface PlannerOptions {
  lookbackHours: number;
  chemistryCheck: boolean;
  concurrency: number;
  /**
   * Moves a pair along its lifecycle before planning (closing at cohort end, settling a closing pair
   * whose time is up); returns the pair as it is now, or undefined when unchanged.
   */
  lifecycle?: (snapshot: PairSnapshot, now: Date) => Promise<PairDocument | undefined>;
}

export const reminderId = (key: string) => `rem:${hashKey(key)}`;

/**
 * Turns the data into due work: for each pair on a tenant's roster, what is due now and not yet
 * planned becomes a reminder in the due bucket of the hour it may be sent. Safe to run on several
 * instances at once: the plan document is created first and is the lock.
 */
export class Planner {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly options: PlannerOptions,
  ) {}

  async planAll(): Promise<number> {
    const now = this.clock.now();
    const loader = new PairSnapshotLoader(this.repos);
    let planned = 0;
    for (const tenantId of await this.repos.reminders.tenants()) {
      const roster = await this.repos.reminders.roster(tenantId);
      await pool(roster, this.options.concurrency, async (r) => {
        const n = await this.planPair(tenantId, r.pairId, now, loader);
        planned += n;
      });
    }
    return planned;
  }

  async planPair(
    tenantId: string,
    pairId: string,
    now: Date,
    loader = new PairSnapshotLoader(this.repos),
  ): Promise<number> {
    const loaded = await loader.load(tenantId, pairId);
    if (!loaded) return 0;
    const moved = await this.options.lifecycle?.(loaded, now);
    const snapshot = moved ? { ...loaded, pair: moved } : loaded;
    const due = dueWork(snapshot, now, { chemistryCheck: this.options.chemistryCheck });
    const plans = await this.repos.reminders.plans(tenantId, pairId);
    const byKey = new Map(plans.map((p) => [p.idempotencyKey, p]));
    let planned = 0;
    for (const work of due) {
      if (byKey.has(work.key)) continue;
      if (await this.plan(tenantId, work, now, loader)) planned++;
    }
    await this.repair(plans, due, now);
    return planned;
  }

  private async plan(
    tenantId: string,
    work: DueWork,
    now: Date,
    loader: PairSnapshotLoader,
  ): Promise<boolean> {
    const [profile, prefs] = await Promise.all([
      loader.profile(tenantId, work.recipientId),
      this.repos.rhythm.getPrefs(tenantId, work.recipientId),
    ]);
    const sendAt = nextWorkingInstant(
      work.dueAt,
      safeTimeZone(profile?.timeZone),
      prefs?.workingHours ?? defaultWorkingHours,
    );
    const bucketPk = bucketFor(tenantId, sendAt, now, this.options.lookbackHours);
    const id = reminderId(work.key);
    const plan: ReminderPlanDocument = {
      id: `plan:${hashKey(work.key)}`,
      pk: rhythmKeys.pairPlan(tenantId, work.pairId),
      tenantId,
      type: "reminderPlan",
      pairId: work.pairId,
      idempotencyKey: work.key,
      reminderId: id,
      bucketPk,
      sendAt: sendAt.toISOString(),
      status: "planned",
      createdAt: now.toISOString(),
    };
    if (!(await this.repos.reminders.createPlan(plan))) return false;
    await this.repos.reminders.createReminder(this.reminder(tenantId, work, id, bucketPk, sendAt, now));
    return true;
  }

  private reminder(
    tenantId: string,
    work: DueWork,
    id: string,
    pk: string,
    sendAt: Date,
    now: Date,
  ): ReminderDocument {
    return {
      id,
      pk,
      tenantId,
      type: "reminder",
      kind: work.kind,
      recipientId: work.recipientId,
      pairId: work.pairId,
      dueAt: work.dueAt.toISOString(),
      sendAt: sendAt.toISOString(),
      idempotencyKey: work.key,
      subject: work.subject,
      status: "pending",
      attempts: 0,
      createdAt: now.toISOString(),
    };
  }

  /**
   * Open plans older than a minute: a reminder that never got created (a crash after the plan) is
   * created; one that was moved is followed; one left in a bucket no longer scanned comes forward;
   * finished ones close their plan.
   */
  private async repair(plans: ReminderPlanDocument[], due: DueWork[], now: Date): Promise<void> {
    for (const plan of plans) {
      if (plan.status !== "planned" || Date.parse(plan.createdAt) > now.getTime() - 60_000) continue;
      const doc = await this.repos.reminders.readReminder(plan.tenantId, plan.bucketPk, plan.reminderId);
      if (!doc) {
        const work = due.find((d) => d.key === plan.idempotencyKey);
        if (work)
          await this.repos.reminders.createReminder(
            this.reminder(plan.tenantId, work, plan.reminderId, plan.bucketPk, new Date(plan.sendAt), now),
          );
        else await this.close(plan);
      } else if (doc.status === "sent" || doc.status === "cancelled") {
        await this.close(plan);
      } else if (doc.status === "moved" && doc.movedTo) {
        await recreateAt(this.repos, doc, doc.movedTo.pk, doc.movedTo.sendAt);
      } else if (doc.status === "pending" || Date.parse(doc.leaseUntil ?? "") < now.getTime()) {
        const pk = bucketFor(plan.tenantId, new Date(doc.sendAt), now, this.options.lookbackHours);
        if (pk !== doc.pk && doc._etag) {
          const moved = await this.repos.reminders.replaceReminder(
            { ...doc, status: "moved", movedTo: { pk, sendAt: doc.sendAt } },
            doc._etag,
          );
          if (moved) await recreateAt(this.repos, doc, pk, doc.sendAt);
        }
      }
    }
  }

  private async close(plan: ReminderPlanDocument): Promise<void> {
    if (plan._etag) await this.repos.reminders.replacePlan({ ...plan, status: "closed" }, plan._etag);
  }
}
