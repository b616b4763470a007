/** Weekly availability slots: day 0 = Monday, minutes from midnight in the person's own time zone. */
export interface Slot {
  day: number;
  startMinute: number;
  endMinute: number;
}

export const dayNames = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** 540 → "09:00"; 1440 (end of day) → "24:00". */
export function minutesToTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The value of an `<input type="time">` ("09:30", or "09:30:00") as minutes from midnight; undefined
 * when empty or not a time. "24:00" is accepted as the end of the day.
 */
export function timeToMinutes(value: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0) return 1440;
  if (hours > 23) return undefined;
  return hours * 60 + minutes;
}

/** A time picker cannot show 24:00, so an end of "00:00" after a later start means midnight. */
export function endToMinutes(value: string, startMinute: number | undefined): number | undefined {
  const end = timeToMinutes(value);
  if (end === 0 && startMinute !== undefined && startMinute > 0) return 1440;
  return end;
}

/** What a time input shows for an end minute (midnight shows as 00:00). */
export const endToTime = (minutes: number) => minutesToTime(minutes === 1440 ? 0 : minutes);

/** "Monday 09:00 to 12:00" (words, so it reads well aloud too). */
export function formatSlot(slot: Slot): string {
  const day = dayNames[slot.day] ?? `Day ${slot.day + 1}`;
  const end = slot.endMinute === 1440 ? "midnight" : minutesToTime(slot.endMinute);
  return `${day} ${minutesToTime(slot.startMinute)} to ${end}`;
}

/** Monday first, then by start time. */
export const sortSlots = <T extends Slot>(slots: readonly T[]): T[] =>
  [...slots].sort((a, b) => a.day - b.day || a.startMinute - b.startMinute || a.endMinute - b.endMinute);
