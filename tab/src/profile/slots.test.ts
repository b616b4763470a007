import { describe, expect, it } from "vitest";
import { endToMinutes, endToTime, formatSlot, minutesToTime, sortSlots, timeToMinutes } from "./slots";

describe("slot times", () => {
  it("turns minutes into time-input values and back", () => {
    expect(minutesToTime(0)).toBe("00:00");
    expect(minutesToTime(540)).toBe("09:00");
    expect(minutesToTime(1005)).toBe("16:45");
    expect(timeToMinutes("09:00")).toBe(540);
    expect(timeToMinutes("9:30")).toBe(570);
    expect(timeToMinutes("16:45:00")).toBe(1005);
    expect(timeToMinutes("24:00")).toBe(1440);
  });

  it("rejects what is not a time", () => {
    for (const bad of ["", "9", "ab:cd", "12:60", "25:00", "24:01"])
      expect(timeToMinutes(bad)).toBeUndefined();
  });

  it("reads an end of 00:00 as midnight after a later start", () => {
    expect(endToMinutes("00:00", 1200)).toBe(1440);
    expect(endToMinutes("00:00", 0)).toBe(0);
    expect(endToMinutes("17:00", 540)).toBe(1020);
    expect(endToTime(1440)).toBe("00:00");
  });

  it("describes a slot in words", () => {
    expect(formatSlot({ day: 0, startMinute: 540, endMinute: 720 })).toBe("Monday 09:00 to 12:00");
    expect(formatSlot({ day: 6, startMinute: 1200, endMinute: 1440 })).toBe("Sunday 20:00 to midnight");
  });

  it("sorts Monday first, then by start", () => {
    const sorted = sortSlots([
      { day: 2, startMinute: 600, endMinute: 660 },
      { day: 0, startMinute: 780, endMinute: 900 },
      { day: 0, startMinute: 540, endMinute: 600 },
    ]);
    expect(sorted.map((s) => `${s.day}-${s.startMinute}`)).toEqual(["0-540", "0-780", "2-600"]);
  });
});
