import type { MentorRequestDocument } from "../domain/matching-documents";
import { DAY_MS } from "../rhythm/cadence";

/** Days a request made before expiry existed still waits, at least, from the day it is given one. */
export const BACKFILL_GRACE_DAYS = 3;

/**
 * Whether a request made before expiry existed (ADR 0020) is to be given an expiry now: only one
 * still waiting (`pending`, not claimed by a mentor's acceptance, no `expiresAt`). Answered,
 * withdrawn, closed, expired or undeliverable requests are left as they are.
 */
export const needsBackfilledExpiry = (
  r: Pick<MentorRequestDocument, "status" | "expiresAt" | "pairId">,
): boolean => r.status === "pending" && !r.expiresAt && !r.pairId;

/**
 * When a request made before expiry existed expires: its normal date (`createdAt` + `requestDays`
 * days), but never sooner than `BACKFILL_GRACE_DAYS` after `now`, so nobody's request expires the
 * moment Baton is upgraded and the mentor still has time for their one reminder.
 * `createdAt` is an ISO instant; an unreadable one counts as made now.
 */
export function backfilledExpiry(createdAt: string, requestDays: number, now: Date): Date {
  const created = Date.parse(createdAt);
  const normal = (Number.isNaN(created) ? now.getTime() : created) + requestDays * DAY_MS;
  return new Date(Math.max(normal, now.getTime() + BACKFILL_GRACE_DAYS * DAY_MS));
}
