import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  defaultWorkingHours,
  isWithinWorkingHours,
  localDate,
  localParts,
  nextWorkingInstant,
  startOfLocalDay,
} from "./working-hours";

describe("working hours in a time zone", () => {
  it("moves a Saturday instant to Monday 09:00 local", () => {
    // Saturday 2026-03-07 12:00 UTC is Saturday in Stockholm; Monday 09:00 CET is 08:00 UTC.
    const next = nextWorkingInstant(new Date("2026-03-07T12:00:00Z"), "Europe/Stockholm");
    expect(next.toISOString()).toBe("2026-03-09T08:00:00.000Z");
  });

  it("keeps an instant already inside the window, and moves an evening one to the next morning", () => {
    const inside = new Date("2026-03-03T10:00:00Z"); // 19:00 in Tokyo: outside
    expect(isWithinWorkingHours(inside, "Europe/London")).toBe(true);
    expect(nextWorkingInstant(inside, "Europe/London")).toEqual(inside);
    expect(nextWorkingInstant(inside, "Asia/Tokyo").toISOString()).toBe("2026-03-04T00:00:00.000Z");
  });

  it("handles a daylight-saving change (New York, March 8 2026)", () => {
    // Friday 6 March 18:00 EST → Monday 9 March 09:00 EDT = 13:00 UTC.
    expect(nextWorkingInstant(new Date("2026-03-06T23:00:00Z"), "America/New_York").toISOString()).toBe(
      "2026-03-09T13:00:00.000Z",
    );
    expect(startOfLocalDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(localDate(new Date("2026-03-03T23:30:00Z"), "Mars/Olympus")).toBe("2026-03-03");
  });

  it("never returns an instant outside working hours, nor before the input (property)", () => {
    const zones = [
      "UTC",
      "Europe/Paris",
      "Asia/Tokyo",
      "America/Los_Angeles",
      "Australia/Adelaide",
      "Asia/Kolkata",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const next = nextWorkingInstant(new Date(ms), zone, defaultWorkingHours);
          expect(next.getTime()).toBeGreaterThanOrEqual(ms);
          expect(isWithinWorkingHours(next, zone)).toBe(true);
          expect(next.getTime() - ms).toBeLessThan(4 * 24 * 3600 * 1000);
          const p = localParts(next, zone);
          expect(p.weekday).toBeGreaterThanOrEqual(1);
          expect(p.weekday).toBeLessThanOrEqual(5);
        },
      ),
      { numRuns: 300 },
    );
  });
});
