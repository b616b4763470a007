import type { Format } from "../domain/common";
import type { SkillClaim } from "../domain/profile";
import type { Skill } from "../domain/program";
import { presetOf, SLOT_PRESETS, timeToMinutes } from "./options";
import {
  fieldErrorsOf,
  profileFields,
  profileRuleErrors,
  type FieldErrors,
  type ProfileDraft,
  type ProfileFieldName,
} from "./profile-fields";
import type { IntakeStep } from "./steps";

/** What a step needs besides the card's values. */
export interface StepContext {
  userId: string;
  /** The taxonomy of the program this intake is for. */
  skills: readonly Skill[];
  formats: readonly Format[];
  /** People who may be named as manager (besides "not in the program"); undefined = anyone. */
  managerIds?: ReadonlySet<string>;
}

export type StepResult = { ok: true; draft: ProfileDraft } | { ok: false; errors: FieldErrors };

/** The manager choice for "not in the program, or I'd rather not say". */
export const NO_MANAGER = "none";

/** Input ids of the level pickers on the "levels" card. */
export const levelInputId = (list: "learn" | "offer", skillId: string) => `${list}_${skillId}`;

const text = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const list = (v: unknown): string[] =>
  text(v)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const int = (v: unknown): number | undefined => {
  const s = text(v).trim();
  return /^-?\d+$/.test(s) ? Number(s) : s === "" ? undefined : Number.NaN;
};

const FIELDS_OF: Record<IntakeStep, ProfileFieldName[]> = {
  about: ["role", "team", "managerId", "level", "timeZone"],
  learn: ["learn", "goals"],
  offer: ["offer"],
  levels: ["learn", "offer"],
  ways: ["styles", "communication", "formats", "teamPreference", "availability"],
  capacity: ["mentorCapacity"],
  consent: [],
};

/**
 * Reads one step's card values into the draft, or names every problem by input id. Claims for
 * skills outside this program's taxonomy (from another program) are kept as they are.
 */
export function applyStepInput(
  step: IntakeStep,
  raw: Record<string, unknown>,
  draft: ProfileDraft,
  ctx: StepContext,
): StepResult {
  const inProgram = new Set(ctx.skills.map((s) => s.id));
  const others = (claims: SkillClaim[] | undefined) =>
    (claims ?? []).filter((c) => !inProgram.has(c.skillId));
  const pick = (ids: string[], existing: SkillClaim[] | undefined, fallback: number): SkillClaim[] => [
    ...others(existing),
    ...ids.map((skillId) => ({
      skillId,
      level: existing?.find((c) => c.skillId === skillId)?.level ?? fallback,
    })),
  ];
  const errors: FieldErrors = {};
  let candidate: ProfileDraft = {};

  switch (step) {
    case "about": {
      const picked = text(raw.managerId).trim();
      const managerId = picked === NO_MANAGER ? "" : picked;
      if (managerId && ctx.managerIds && !ctx.managerIds.has(managerId))
        errors.managerId =
          "Pick your manager from the list, or leave it empty if they are not in the program.";
      candidate = {
        role: text(raw.role),
        team: text(raw.team),
        level: text(raw.level) as never,
        timeZone: text(raw.timeZone).trim(),
        ...(managerId ? { managerId } : { managerId: undefined }),
      };
      break;
    }
    case "learn": {
      const ids = list(raw.learn);
      const unknown = ids.find((id) => !inProgram.has(id));
      if (unknown) errors.learn = "Pick skills from the list.";
      candidate = { learn: pick(ids, draft.learn, 1), goals: text(raw.goals) };
      break;
    }
    case "offer": {
      const ids = list(raw.offer);
      if (ids.find((id) => !inProgram.has(id))) errors.offer = "Pick skills from the list.";
      candidate = { offer: pick(ids, draft.offer, 3) };
      if (ids.length === 0 && (draft.learn ?? []).filter((c) => inProgram.has(c.skillId)).length === 0)
        errors.offer = "Pick at least one skill to learn or to offer.";
      if (ids.length === 0) candidate.mentorCapacity = 0;
      break;
    }
    case "levels": {
      const level = (listName: "learn" | "offer", claim: SkillClaim): SkillClaim => {
        if (!inProgram.has(claim.skillId)) return claim;
        const id = levelInputId(listName, claim.skillId);
        const value = int(raw[id]);
        if (value === undefined || Number.isNaN(value) || value < 1 || value > 4) {
          errors[id] = "Pick a level from 1 to 4.";
          return claim;
        }
        return { ...claim, level: value };
      };
      candidate = {
        learn: (draft.learn ?? []).map((c) => level("learn", c)),
        offer: (draft.offer ?? []).map((c) => level("offer", c)),
      };
      break;
    }
    case "ways": {
      const keys = list(raw.availability);
      const chosen = SLOT_PRESETS.filter((p) => keys.includes(p.key));
      if (keys.length !== chosen.length) errors.availability = "Pick times from the list.";
      // Times set in the tab that the card cannot show are kept.
      const custom = (draft.availability ?? []).filter((s) => !presetOf(s));
      // "Another time": any day and range, as the tab allows.
      const day = text(raw.customDay);
      const from = text(raw.customStart);
      const to = text(raw.customEnd);
      if (day || from || to) {
        const dayIndex = Number(day);
        const startMinute = timeToMinutes(from);
        const endMinute = startMinute === undefined ? undefined : timeToMinutes(to, startMinute);
        if (!day || !Number.isInteger(dayIndex) || dayIndex < 0 || dayIndex > 6)
          errors.customDay = "Pick a day for the other time.";
        else if (startMinute === undefined) errors.customStart = "Give a start time, like 09:30.";
        else if (endMinute === undefined || endMinute <= startMinute)
          errors.customEnd = "Give an end time after the start.";
        else if (
          !custom.some(
            (c) => c.day === dayIndex && c.startMinute === startMinute && c.endMinute === endMinute,
          )
        )
          custom.push({ day: dayIndex, startMinute, endMinute });
      }
      candidate = {
        styles: list(raw.styles) as never,
        communication: list(raw.communication) as never,
        formats: list(raw.formats) as never,
        teamPreference: text(raw.teamPreference) as never,
        availability: [
          ...custom,
          ...chosen.map(({ day, startMinute, endMinute }) => ({ day, startMinute, endMinute })),
        ],
      };
      break;
    }
    case "capacity": {
      const value = int(raw.mentorCapacity);
      candidate = { mentorCapacity: value === undefined ? (Number.NaN as number) : value };
      if (value === undefined || Number.isNaN(value))
        errors.mentorCapacity = "Pick how many people you could mentor (0 to 3).";
      break;
    }
    case "consent": {
      if (text(raw.consent) !== "true")
        errors.consent =
          "Baton can only match you with your consent. Tick the box to join, or come back later.";
      break;
    }
  }

  const fields = FIELDS_OF[step];
  if (fields.length > 0) {
    const shape = Object.fromEntries(fields.map((f) => [f, true])) as Partial<Record<ProfileFieldName, true>>;
    const parsed = profileFields.pick(shape).safeParse(candidate);
    if (!parsed.success)
      for (const [k, v] of Object.entries(fieldErrorsOf(parsed.error))) errors[cardField(k)] ??= v;
    else candidate = { ...candidate, ...(parsed.data as ProfileDraft) };
  }
  const merged: ProfileDraft = { ...draft, ...candidate };
  if (candidate.managerId === undefined && step === "about") delete merged.managerId;
  for (const [k, v] of Object.entries(
    profileRuleErrors(stepRuleView(step, merged), {
      userId: ctx.userId,
      skills: allSkillsOf(merged, ctx),
      formats: ctx.formats,
    }),
  ))
    errors[cardField(k)] ??= v;

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, draft: merged };
}

/** Only the fields this step asked for are checked by the cross-field rules. */
function stepRuleView(step: IntakeStep, d: ProfileDraft): ProfileDraft {
  switch (step) {
    case "about":
      return { ...(d.managerId ? { managerId: d.managerId } : {}) };
    case "learn":
      return { learn: d.learn ?? [], goals: d.goals ?? "" };
    case "offer":
      return { learn: d.learn ?? [], offer: d.offer ?? [] };
    case "ways":
      return { ...(d.formats ? { formats: d.formats } : {}) };
    case "capacity":
      return { offer: d.offer ?? [], mentorCapacity: d.mentorCapacity ?? 0 };
    default:
      return {};
  }
}

/** Claims from other programs are not checked against this taxonomy. */
function allSkillsOf(d: ProfileDraft, ctx: StepContext): Skill[] {
  const known = new Set(ctx.skills.map((s) => s.id));
  const foreign = [...(d.learn ?? []), ...(d.offer ?? [])]
    .filter((c) => !known.has(c.skillId))
    .map((c) => ({ id: c.skillId, name: c.skillId, group: "other", critical: false }));
  return [...ctx.skills, ...foreign];
}

/** API paths such as `learn.0.skillId` are shown next to the whole list on a card. */
function cardField(path: string): string {
  return path.split(".")[0] ?? path;
}
