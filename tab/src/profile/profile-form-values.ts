import { fieldErrorsOf, profileRuleErrors, profileUpdateInput } from "@baton/shared";
import type { Format, ProfileRuleContext, ProfileUpdateInput, ProfileView } from "@baton/shared";
import { readableValidation } from "../api/error-message";
import { endToMinutes, endToTime, minutesToTime, timeToMinutes } from "./slots";

type Profile = NonNullable<ProfileView["profile"]>;

export interface ClaimRow {
  key: string;
  skillId: string;
  /** "1" to "4". */
  level: string;
}

export interface SlotRow {
  key: string;
  /** "0" (Monday) to "6". */
  day: string;
  /** Time-input values, "09:00". */
  start: string;
  end: string;
}

/** The profile form works on strings and rows; these convert to and from what the API takes. */
export interface ProfileFormValues {
  role: string;
  team: string;
  level: Profile["level"];
  timeZone: string;
  learn: ClaimRow[];
  offer: ClaimRow[];
  goals: string;
  styles: Profile["styles"];
  communication: Profile["communication"];
  formats: Format[];
  teamPreference: Profile["teamPreference"];
  availability: SlotRow[];
  mentorCapacity: string;
}

/** Messages read as sentences: capitalised, ending with a full stop. */
const sentence = (message: string, field: string) => {
  const text = readableValidation(message, field);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

/** Problems by API field path ("role", "learn.0.skillId", "availability.1.endMinute"). */
export type ProfileErrors = Record<string, string>;

let nextKey = 0;
/** A key for a new row, so React keeps each row's inputs when others are removed. */
export const rowKey = () => `row-${++nextKey}`;

export function toFormValues(profile: Profile): ProfileFormValues {
  return {
    role: profile.role,
    team: profile.team,
    level: profile.level,
    timeZone: profile.timeZone,
    learn: profile.learn.map((c) => ({ key: rowKey(), skillId: c.skillId, level: String(c.level) })),
    offer: profile.offer.map((c) => ({ key: rowKey(), skillId: c.skillId, level: String(c.level) })),
    goals: profile.goals,
    styles: [...profile.styles],
    communication: [...profile.communication],
    formats: [...profile.formats],
    teamPreference: profile.teamPreference,
    availability: profile.availability.map((s) => ({
      key: rowKey(),
      day: String(s.day),
      start: minutesToTime(s.startMinute),
      end: endToTime(s.endMinute),
    })),
    mentorCapacity: String(profile.mentorCapacity),
  };
}

/**
 * Checks the form with the same rules as the bot and the server (the shared schema and the
 * program rules); returns the body for `PUT /api/me/profile`, or the problems by field path.
 * Rows keep their order, so the server's paths ("learn.2.skillId") point at the same rows.
 */
export function fromFormValues(
  values: ProfileFormValues,
  etag: string,
  ctx: ProfileRuleContext,
): { input?: ProfileUpdateInput; errors: ProfileErrors } {
  const errors: ProfileErrors = {};
  const claims = (list: "learn" | "offer") =>
    values[list].map((row, i) => {
      if (!row.skillId) errors[`${list}.${i}.skillId`] = "Choose a skill, or remove this row.";
      return { skillId: row.skillId, level: Number(row.level) };
    });
  const learn = claims("learn");
  const offer = claims("offer");
  const availability = values.availability.map((row, i) => {
    const startMinute = timeToMinutes(row.start);
    const endMinute = endToMinutes(row.end, startMinute);
    if (startMinute === undefined) errors[`availability.${i}.startMinute`] = "Enter a start time.";
    if (endMinute === undefined) errors[`availability.${i}.endMinute`] = "Enter an end time.";
    return { day: Number(row.day), startMinute: startMinute ?? -1, endMinute: endMinute ?? -1 };
  });
  const capacity = values.mentorCapacity.trim() === "" ? Number.NaN : Number(values.mentorCapacity);
  const body = {
    etag,
    role: values.role,
    team: values.team,
    level: values.level,
    timeZone: values.timeZone,
    learn,
    offer,
    goals: values.goals,
    styles: values.styles,
    communication: values.communication,
    formats: values.formats,
    teamPreference: values.teamPreference,
    availability,
    mentorCapacity: capacity,
  };
  const parsed = profileUpdateInput.safeParse(body);
  if (!parsed.success) {
    for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error)))
      errors[field] ??= sentence(message, field);
  } else {
    const { etag: _etag, managerId: _manager, ...fields } = parsed.data;
    for (const [field, message] of Object.entries(profileRuleErrors(fields, ctx)))
      errors[field] ??= sentence(message, field);
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { input: parsed.data, errors };
}

/** The fields the form shows, in page order. */
const fieldOrder = [
  "role",
  "team",
  "level",
  "timeZone",
  "learn",
  "offer",
  "goals",
  "styles",
  "communication",
  "formats",
  "teamPreference",
  "availability",
  "mentorCapacity",
];

/** Whether the form has a place to show a problem for this path (otherwise it goes in a message bar). */
export function isFormField(path: string | undefined, values: ProfileFormValues): boolean {
  if (!path) return false;
  const [field, index, part] = path.split(".");
  if (!field || !fieldOrder.includes(field)) return false;
  if (index === undefined) return true;
  const rows = field === "learn" || field === "offer" || field === "availability" ? values[field] : undefined;
  if (!rows || Number(index) >= rows.length) return false;
  return part === undefined || ["skillId", "level", "day", "startMinute", "endMinute"].includes(part);
}
