/**
 * Dates are stored in UTC (instants) or as calendar dates; they are shown in the viewer's time zone.
 * Every function takes the zone and locale explicitly so it can be tested without a browser.
 */

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/**
 * Instants and calendar dates are shown by the same rules as the bot's cards (`@baton/shared`
 * `format/dates`): "22 Nov 2026, 10:00" in the viewer's zone, "1 Dec 2026" for a calendar date.
 */
export { formatInstant } from "@baton/shared";
export { formatCalendarDate as formatDate } from "@baton/shared";

/** Today's calendar date in a zone, "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = zonedParts(now, timeZone);
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** An action item is overdue when it is not done and its due date is before today in the viewer's zone. */
export function isOverdue(dueDate: string | undefined, done: boolean, today: string): boolean {
  return !done && !!dueDate && dueDate < today;
}

/**
 * The value of an `<input type="datetime-local">` ("2026-11-22T10:00") read as wall time in `timeZone`,
 * returned as a UTC instant. Returns undefined when the value is not a valid date-time.
 */
export function wallTimeToInstant(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(asUtc)) return undefined;
  // Offset at the guess, then again at the corrected time so DST changes land on the right side.
  let utc = asUtc - offsetMs(asUtc, timeZone);
  utc = asUtc - offsetMs(utc, timeZone);
  return new Date(utc).toISOString();
}

/** The inverse: a UTC instant as a datetime-local value in `timeZone`. */
export function instantToWallTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const p = zonedParts(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** How far `timeZone` is ahead of UTC at the instant `utcMs`. */
function offsetMs(utcMs: number, timeZone: string): number {
  const p = zonedParts(new Date(utcMs), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(utcMs / 1000) * 1000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");
