import { DAY_FULL_NAMES, timeToMinutes as sharedTimeToMinutes } from "@baton/shared";

/** Weekly availability slots: day 0 = Monday, minutes from midnight in the person's own time zone. */
export interface Slot {
  day: number;
  startMinute: number;
  endMinute: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The same day names and time reading as the bot's intake (one source, in @baton/shared). */
export const dayNames = DAY_FULL_NAMES;

/** 540 → "09:00"; 1440 (end of day) → "24:00". */
export function minutesToTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export const timeToMinutes = (value: string) => sharedTimeToMinutes(value);

/** A time picker cannot show 24:00, so an end of "00:00" after a later start means midnight. */
export const endToMinutes = (value: string, startMinute: number | undefined) =>
  sharedTimeToMinutes(value, startMinute);

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
