/**
 * Working-hours windows in a person's own time zone, with Intl only (no date library). Reminders are
 * sent only inside these windows; the default is weekdays 09:00–17:00 local.
 */
export interface WorkingHours {
  /** Days of the week reminders may arrive, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Minutes from local midnight. */
  startMinute: number;
  endMinute: number;
}

export const defaultWorkingHours: WorkingHours = {
  days: [1, 2, 3, 4, 5],
  startMinute: 9 * 60,
  endMinute: 17 * 60,
};

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minuteOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** A valid IANA zone for Intl, or UTC when the stored one is unknown. */
const validZones = new Map<string, string>();

export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return "UTC";
  let zone = validZones.get(timeZone);
  if (!zone) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
      zone = timeZone;
    } catch {
      zone = "UTC";
    }
    if (validZones.size < 1000) validZones.set(timeZone, zone);
  }
  return zone;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(safeTimeZone(timeZone)).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "Sun"),
    minuteOfDay: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (e.g. +60 for Paris in winter). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, 0, p.minuteOfDay);
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

/** The UTC instant of a local wall-clock time (a time skipped by DST moves forward). */
export function localToUtc(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const first = offsetMinutes(new Date(guess), timeZone);
  let t = guess - first * 60_000;
  const second = offsetMinutes(new Date(t), timeZone);
  if (second !== first) t = guess - second * 60_000;
  return new Date(t);
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Local midnight of a calendar date, shifted by `addDays`, as a UTC instant. */
export function startOfLocalDay(date: string, timeZone: string, addDays = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + addDays));
  return localToUtc(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate(), 0, timeZone);
}

export function isWithinWorkingHours(
  instant: Date,
  timeZone: string,
  hours: WorkingHours = defaultWorkingHours,
): boolean {
  const p = localParts(instant, timeZone);
  return (
    hours.days.includes(p.weekday) && p.minuteOfDay >= hours.startMinute && p.minuteOfDay < hours.endMinute
  );
}

/** The first instant at or after `instant` inside the person's working hours. */
export function nextWorkingInstant(
  instant: Date,
  timeZone: string,
  hours: WorkingHours = defaultWorkingHours,
): Date {
  if (hours.days.length === 0 || hours.endMinute <= hours.startMinute) return instant;
  if (isWithinWorkingHours(instant, timeZone, hours)) return instant;
  const zone = safeTimeZone(timeZone);
  const p = localParts(instant, zone);
  for (let i = 0; i <= 8; i++) {
    const date = new Date(Date.UTC(p.year, p.month - 1, p.day + i));
    if (!hours.days.includes(date.getUTCDay())) continue;
    const start = localToUtc(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      hours.startMinute,
      zone,
    );
    if (start.getTime() >= instant.getTime()) return start;
  }
  return instant;
}

/** "Tue 3 Mar, 09:00" in the reader's zone. */
export function formatLocal(instant: Date, timeZone: string, withTime = true): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: safeTimeZone(timeZone),
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" as const } : {}),
  }).format(instant);
}
