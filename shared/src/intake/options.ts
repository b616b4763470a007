import type { Format } from "../domain/common";

/** Labels for the fixed choices of a profile, in our own words. */
export const EXPERIENCE_LEVELS = [
  ["new-hire", "New here (first months)"],
  ["junior", "Junior"],
  ["mid", "Experienced"],
  ["senior", "Senior"],
  ["lead", "Lead or manager"],
] as const;

/** A profile's participation, in the same words on every surface. */
export const PARTICIPATION_LABELS = [
  ["active", "Taking part"],
  ["paused", "Paused"],
  ["left", "Left the program"],
] as const;

export const SKILL_LEVELS = [
  [1, "1 · new to it"],
  [2, "2 · getting started"],
  [3, "3 · confident"],
  [4, "4 · can teach it"],
] as const;

export const MENTORING_STYLES = [
  ["listening", "A good listener"],
  ["hands-on", "Hands-on, learning by doing"],
  ["challenging", "Challenging, push me"],
  ["structured", "Structured, with a plan"],
  ["exploratory", "Exploratory, open conversations"],
] as const;

export const COMMUNICATION_PREFERENCES = [
  ["chat", "Teams chat"],
  ["video", "Video calls"],
  ["in-person", "In person"],
  ["async", "Async (notes, comments)"],
] as const;

export const FORMAT_LABELS: Record<Format, string> = {
  "one-to-one": "One-to-one",
  group: "Small group",
  peer: "Peer (same level)",
  reverse: "Reverse (junior mentors senior)",
};

export const TEAM_PREFERENCES = [
  ["cross-team", "Someone from another team"],
  ["same-team", "Someone from my own team"],
  ["no-preference", "No preference"],
] as const;

/** Full day names (day 0 = Monday): the tab's availability editor and the bot's "another time". */
export const DAY_FULL_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/**
 * A time of day ("09:30", or "09:30:00" from a time input) as minutes from midnight; undefined when
 * empty or not a time. "24:00" is the end of the day. As an end, "00:00" after a later start means
 * midnight (a time picker cannot show 24:00). Both surfaces read times with this.
 */
export function timeToMinutes(value: string, startMinute?: number): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0) return 1440;
  if (hours > 23) return undefined;
  const total = hours * 60 + minutes;
  return total === 0 && startMinute !== undefined && startMinute > 0 ? 1440 : total;
}

/** Weekly slots offered in the bot (day 0 = Monday), in the person's own time zone. */
export const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const DAY_PARTS = [
  ["am", "morning", 9 * 60, 12 * 60],
  ["pm", "afternoon", 13 * 60, 17 * 60],
] as const;

export interface SlotPreset {
  key: string;
  label: string;
  day: number;
  startMinute: number;
  endMinute: number;
}

export const SLOT_PRESETS: readonly SlotPreset[] = DAY_NAMES.slice(0, 5).flatMap((dayName, day) =>
  DAY_PARTS.map(([part, label, startMinute, endMinute]) => ({
    key: `${day}-${part}`,
    label: `${dayName} ${label}`,
    day,
    startMinute,
    endMinute,
  })),
);

export function presetOf(slot: {
  day: number;
  startMinute: number;
  endMinute: number;
}): SlotPreset | undefined {
  return SLOT_PRESETS.find(
    (p) => p.day === slot.day && p.startMinute === slot.startMinute && p.endMinute === slot.endMinute,
  );
}

/** Common time zones offered in the bot; any IANA zone is accepted. */
export const COMMON_TIME_ZONES = [
  "Pacific/Honolulu",
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Sao_Paulo",
  "UTC",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Lisbon",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Madrid",
  "Europe/Amsterdam",
  "Europe/Stockholm",
  "Europe/Warsaw",
  "Europe/Athens",
  "Europe/Helsinki",
  "Africa/Johannesburg",
  "Africa/Lagos",
  "Africa/Nairobi",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
] as const;

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const labelOf = <K extends string | number>(
  pairs: readonly (readonly [K, string, ...unknown[]])[],
  key: K,
) => pairs.find(([k]) => k === key)?.[1] ?? String(key);
