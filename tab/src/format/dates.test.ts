import { describe, expect, it } from "vitest";
import { formatDate, formatInstant, instantToWallTime, isOverdue, todayIn, wallTimeToInstant } from "./dates";

describe("formatInstant", () => {
  it("shows an instant in the viewer's zone", () => {
    const iso = "2026-11-22T09:00:00.000Z";
    expect(formatInstant(iso, "en-GB", "Europe/Berlin")).toContain("10:00");
    expect(formatInstant(iso, "en-GB", "America/New_York")).toContain("04:00");
    expect(formatInstant(iso, "en-GB", "Asia/Tokyo")).toContain("18:00");
    expect(formatInstant(iso, "en-GB", "UTC")).toBe("22 Nov 2026, 09:00");
  });

  it("crosses the date line when the zone says so", () => {
    expect(formatInstant("2026-11-22T23:30:00.000Z", "en-GB", "Asia/Tokyo")).toContain("23 Nov 2026");
  });

  it("returns the input when it is not a date", () => {
    expect(formatInstant("soon", "en-GB", "UTC")).toBe("soon");
  });
});

describe("formatDate", () => {
  it("keeps calendar dates on their day", () => {
    expect(formatDate("2026-12-01", "en-GB")).toBe("1 Dec 2026");
    expect(formatDate("2026-12-01", "en-US")).toBe("Dec 1, 2026");
    expect(formatDate("next week", "en-GB")).toBe("next week");
  });
});

describe("todayIn and isOverdue", () => {
  const now = new Date("2026-11-22T23:30:00.000Z");

  it("finds today's date in a zone", () => {
    expect(todayIn("UTC", now)).toBe("2026-11-22");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-11-23");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-22");
  });

  it("marks open items due before today", () => {
    expect(isOverdue("2026-11-21", false, "2026-11-22")).toBe(true);
    expect(isOverdue("2026-11-22", false, "2026-11-22")).toBe(false);
    expect(isOverdue("2026-11-21", true, "2026-11-22")).toBe(false);
    expect(isOverdue(undefined, false, "2026-11-22")).toBe(false);
  });
});

describe("wallTimeToInstant", () => {
  it("reads the input as wall time in the zone", () => {
    expect(wallTimeToInstant("2026-11-22T10:00", "Europe/Berlin")).toBe("2026-11-22T09:00:00.000Z");
    expect(wallTimeToInstant("2026-07-01T10:00", "Europe/Berlin")).toBe("2026-07-01T08:00:00.000Z");
    expect(wallTimeToInstant("2026-11-22T10:00", "UTC")).toBe("2026-11-22T10:00:00.000Z");
    expect(wallTimeToInstant("2026-11-22T10:00", "Asia/Kolkata")).toBe("2026-11-22T04:30:00.000Z");
  });

  it("handles the days clocks change", () => {
    // Europe/Berlin moves from +01:00 to +02:00 at 02:00 local on 2026-03-29.
    expect(wallTimeToInstant("2026-03-29T01:30", "Europe/Berlin")).toBe("2026-03-29T00:30:00.000Z");
    expect(wallTimeToInstant("2026-03-29T03:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("rejects values that are not date-times", () => {
    expect(wallTimeToInstant("", "UTC")).toBeUndefined();
    expect(wallTimeToInstant("2026-11-22", "UTC")).toBeUndefined();
  });

  it("round-trips with instantToWallTime", () => {
    const iso = wallTimeToInstant("2026-11-22T10:15", "America/New_York");
    expect(iso).toBe("2026-11-22T15:15:00.000Z");
    expect(instantToWallTime(iso ?? "", "America/New_York")).toBe("2026-11-22T10:15");
    expect(instantToWallTime("nope", "UTC")).toBe("");
  });
});
