import type { WeeklySlot } from "../matching/types";

const WEEK = 7 * 1440;

/** The zone's offset from UTC at an instant, in minutes (Paris in winter: +60). Unknown zones: 0. */
export function utcOffsetAt(timeZone: string, at: Date): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    }).formatToParts(at);
  } catch {
    return 0;
  }
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour") % 24, n("minute"));
  const truncated = Math.floor(at.getTime() / 60_000) * 60_000;
  return Math.round((local - truncated) / 60_000);
}

/**
 * Local weekly slots (day 0 = Monday, minutes from local midnight) as UTC weekly slots, split at
 * UTC midnight and wrapped around the week.
 */
export function toUtcSlots(slots: readonly WeeklySlot[], offsetMinutes: number): WeeklySlot[] {
  const out: WeeklySlot[] = [];
  for (const slot of slots) {
    let start = (((slot.day * 1440 + slot.startMinute - offsetMinutes) % WEEK) + WEEK) % WEEK;
    let length = slot.endMinute - slot.startMinute;
    while (length > 0) {
      const day = Math.floor(start / 1440);
      const startMinute = start - day * 1440;
      const take = Math.min(length, 1440 - startMinute);
      out.push({ day, startMinute, endMinute: startMinute + take });
      length -= take;
      start = (start + take) % WEEK;
    }
  }
  return out;
}
