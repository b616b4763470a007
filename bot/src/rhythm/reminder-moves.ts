import { hourOf, rhythmKeys, type ReminderDocument } from "@baton/shared";
import type { Repositories } from "../data/repositories";

export const HOUR_MS = 3600_000;

/** The bucket a reminder goes in: the hour of its send time, or the current hour if that is no longer scanned. */
export function bucketFor(tenantId: string, sendAt: Date, now: Date, lookbackHours: number): string {
  const oldestScanned = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - lookbackHours * HOUR_MS;
  return rhythmKeys.dueBucket(tenantId, hourOf(sendAt.getTime() >= oldestScanned ? sendAt : now));
}

/**
 * Moves a reminder to a later send time: the old copy becomes `moved` (conditional on its ETag, so
 * only one mover wins), then the live copy is created in its new bucket and the plan points to it.
 * A crash in between leaves `movedTo`, which the planner follows.
 */
export async function moveReminder(
  repos: Repositories,
  doc: ReminderDocument,
  sendAt: Date,
  now: Date,
  lookbackHours: number,
): Promise<boolean> {
  if (!doc._etag) return false;
  const pk = bucketFor(doc.tenantId, sendAt, now, lookbackHours);
  if (pk === doc.pk) {
    const { leaseOwner: _o, leaseUntil: _u, ...rest } = doc;
    return (
      (await repos.reminders.replaceReminder(
        { ...rest, status: "pending", sendAt: sendAt.toISOString() },
        doc._etag,
      )) !== undefined
    );
  }
  const moved = await repos.reminders.replaceReminder(
    { ...doc, status: "moved", movedTo: { pk, sendAt: sendAt.toISOString() } },
    doc._etag,
  );
  if (!moved) return false;
  await recreateAt(repos, doc, pk, sendAt.toISOString());
  return true;
}

/** Creates the live copy of a reminder in bucket `pk` and points the plan at it. */
export async function recreateAt(
  repos: Repositories,
  doc: ReminderDocument,
  pk: string,
  sendAt: string,
): Promise<void> {
  const { _etag: _e, leaseOwner: _o, leaseUntil: _u, movedTo: _m, cancelReason: _c, ...rest } = doc;
  await repos.reminders.createReminder({ ...rest, pk, sendAt, status: "pending" });
  const plans = await repos.reminders.plans(doc.tenantId, doc.pairId);
  const plan = plans.find((p) => p.idempotencyKey === doc.idempotencyKey);
  if (plan?._etag) await repos.reminders.replacePlan({ ...plan, bucketPk: pk, sendAt }, plan._etag);
}
