import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDay, formatInstantFor, resolveReader } from "./dates";

describe("dates for a reader (issue 12 item 8)", () => {
  it("uses Teams' clientInfo first, then the profile's zone, then en-US / UTC (named)", () => {
    expect(resolveReader({ clientLocale: "de-DE", clientTimeZone: "Europe/Berlin" })).toEqual({
      locale: "de-DE",
      timeZone: "Europe/Berlin",
      zoneIsFallback: false,
    });
    expect(resolveReader({ clientLocale: "ja-JP", profileTimeZone: "Asia/Tokyo" }).timeZone).toBe(
      "Asia/Tokyo",
    );
    const fallback = resolveReader({ clientLocale: "not a locale!", clientTimeZone: "Mars/Olympus" });
    expect(fallback).toEqual({ locale: "en-US", timeZone: "UTC", zoneIsFallback: true });
    expect(formatInstantFor("2026-12-03T09:00:00.000Z", fallback)).toBe("Dec 3, 2026, 9:00 AM (UTC)");
  });

  it("shows calendar dates on their day in the reader's words", () => {
    expect(formatCalendarDate("2026-12-03", "de-DE")).toBe("3. Dez. 2026");
    expect(formatCalendarDate("2026-12-03", "en-US")).toBe("Dec 3, 2026");
    expect(formatCalendarDate("2026-12-03", "en-GB")).toBe("3 Dec 2026");
    expect(formatCalendarDate("2027-01-10T00:00:00.000Z", "de-DE")).toBe("10. Jan. 2027");
    expect(formatCalendarDate("soon", "de-DE")).toBe("soon");
  });

  it("shows instants in the reader's zone, across the date line", () => {
    const tokyo = resolveReader({ clientLocale: "en-GB", clientTimeZone: "Asia/Tokyo" });
    expect(formatInstantFor("2026-12-03T23:30:00.000Z", tokyo)).toBe("4 Dec 2026, 08:30");
    expect(formatDay("2026-12-03T23:30:00.000Z", tokyo)).toBe("4 Dec 2026");
    expect(formatDay("2026-12-03", tokyo)).toBe("3 Dec 2026");
    const berlin = resolveReader({ clientLocale: "de-DE", clientTimeZone: "Europe/Berlin" });
    expect(formatInstantFor("2026-12-03T09:00:00.000Z", berlin)).toBe("3. Dez. 2026, 10:00");
  });
});
