import { describe, expect, it } from "vitest";
import { backfilledExpiry, needsBackfilledExpiry } from "./request-expiry";

const DAY = 86_400_000;
const now = new Date("2026-12-08T08:00:00.000Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString();

describe("backfilledExpiry", () => {
  it("gives an old request three more days, not an expiry in the past", () => {
    expect(backfilledExpiry(daysAgo(20), 7, now).getTime()).toBe(now.getTime() + 3 * DAY);
  });

  it("keeps the normal date when that is later than three days from now", () => {
    expect(backfilledExpiry(daysAgo(1), 7, now).getTime()).toBe(now.getTime() + 6 * DAY);
    expect(backfilledExpiry(daysAgo(5), 14, now).getTime()).toBe(now.getTime() + 9 * DAY);
  });

  it("counts an unreadable creation date as made now", () => {
    expect(backfilledExpiry("not a date", 7, now).getTime()).toBe(now.getTime() + 7 * DAY);
  });
});

describe("needsBackfilledExpiry", () => {
  it("is only for pending, unclaimed requests without an expiry", () => {
    expect(needsBackfilledExpiry({ status: "pending" })).toBe(true);
    expect(needsBackfilledExpiry({ status: "pending", expiresAt: now.toISOString() })).toBe(false);
    expect(needsBackfilledExpiry({ status: "pending", pairId: "m-1" })).toBe(false);
    for (const status of ["accepted", "declined", "withdrawn", "closed", "expired", "undeliverable"] as const)
      expect(needsBackfilledExpiry({ status })).toBe(false);
  });
});
