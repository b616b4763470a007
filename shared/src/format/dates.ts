/**
 * How Baton shows dates and times to a reader, in the tab and in every bot card (one set of rules).
 * Instants are stored in UTC and shown in the reader's time zone; calendar dates ("2026-12-03") are
 * the same day everywhere and never shifted. Pure: the locale and zone are always passed in.
 */

/** Whom a date is shown to: their locale (BCP 47) and IANA time zone. */
export interface Reader {
  locale: string;
  timeZone: string;
  /** The zone is a fallback (not the reader's own): instants then name it, e.g. "… 09:00 (UTC)". */
  zoneIsFallback: boolean;
}

export const DEFAULT_LOCALE = "en-US";
export const DEFAULT_TIME_ZONE = "UTC";

const validZone = (zone: string | undefined): string | undefined => {
  if (!zone) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

const validLocale = (locale: string | undefined): string | undefined => {
  if (!locale || locale.length > 35) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0];
  } catch {
    return undefined;
  }
};

/**
 * The reader from what we know, best source first: Teams' `clientInfo` on their latest activity
 * (locale and zone), the zone in their profile, then the program's or tenant's default, then
 * en-US / UTC. Malformed values are skipped, never thrown.
 */
export function resolveReader(sources: {
  clientLocale?: string | undefined;
  clientTimeZone?: string | undefined;
  profileTimeZone?: string | undefined;
  defaultLocale?: string | undefined;
  defaultTimeZone?: string | undefined;
}): Reader {
  const own = validZone(sources.clientTimeZone) ?? validZone(sources.profileTimeZone);
  return {
    locale: validLocale(sources.clientLocale) ?? validLocale(sources.defaultLocale) ?? DEFAULT_LOCALE,
    timeZone: own ?? validZone(sources.defaultTimeZone) ?? DEFAULT_TIME_ZONE,
    zoneIsFallback: !own,
  };
}

const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

const zoneLabel = (reader: Reader) => (reader.zoneIsFallback ? ` (${reader.timeZone})` : "");

/**
 * An instant in the reader's zone and locale: "22 Nov 2026, 18:00" (en-GB, Tokyo),
 * "Nov 22, 2026, 6:00 PM" (en-US), "22. Nov. 2026, 18:00" (de). With a fallback zone it is named.
 * `withTime: false` gives the reader's local day only. Returns the input when it is not a date.
 */
export function formatInstantFor(iso: string | Date, reader: Reader, withTime = true): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  if (!withTime)
    return new Intl.DateTimeFormat(reader.locale, { ...DATE, timeZone: reader.timeZone }).format(date);
  // The locale's own clock: 24-hour locales with two-digit hours (09:00), 12-hour ones with AM/PM.
  const { hourCycle } = new Intl.DateTimeFormat(reader.locale, { timeStyle: "short" }).resolvedOptions();
  const twentyFour = hourCycle === "h23" || hourCycle === "h24";
  const text = new Intl.DateTimeFormat(reader.locale, {
    ...DATE,
    hour: twentyFour ? "2-digit" : "numeric",
    minute: "2-digit",
    ...(hourCycle ? { hourCycle } : {}),
    timeZone: reader.timeZone,
  }).format(date);
  return `${text}${zoneLabel(reader)}`;
}

/** A calendar date ("2026-12-03") in the reader's locale: "3 Dec 2026", "Dec 3, 2026", "3. Dez. 2026". */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(validLocale(locale) ?? DEFAULT_LOCALE, { ...DATE, timeZone: "UTC" }).format(
    date,
  );
}

/** The same for an instant given as a string, in the tab's signature (locale and zone apart). */
export function formatInstant(iso: string, locale: string, timeZone: string): string {
  return formatInstantFor(iso, {
    locale: validLocale(locale) ?? DEFAULT_LOCALE,
    timeZone: validZone(timeZone) ?? DEFAULT_TIME_ZONE,
    zoneIsFallback: false,
  });
}

/** Dates as people type them must never reach a card as they are stored: `YYYY-MM-DD`. */
export const ISO_DATE_PATTERN = /\d{4}-\d{2}-\d{2}/;

/**
 * A day for the reader: a calendar date ("2026-12-03") as it is, an instant as the reader's local
 * day. Empty for an empty or missing value.
 */
export function formatDay(value: string | undefined, reader: Reader): string {
  if (!value) return "";
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? formatCalendarDate(value, reader.locale)
    : formatInstantFor(value, reader, false);
}
