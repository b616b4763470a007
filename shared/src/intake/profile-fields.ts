import { z } from "zod";
import { format, uniqueValues, userId, userText, type Format } from "../domain/common";
import {
  availabilitySlot,
  communicationPreference,
  experienceLevel,
  mentoringStyle,
  skillClaim,
  teamPreference,
  type ProfileDocument,
} from "../domain/profile";
import type { Skill } from "../domain/program";
import { isTimeZone } from "./options";

/** The parts of a profile its owner edits (bot intake or tab), with the messages people see. */
export const profileFields = z.object({
  role: userText(120, {
    typeMessage: "Tell us your role, e.g. Network engineer.",
    trim: true,
    min: 2,
    minMessage: "Tell us your role, e.g. Network engineer.",
    maxMessage: "Keep your role under 120 characters.",
  }),
  team: userText(120, {
    typeMessage: "Tell us your team, e.g. Service Desk.",
    trim: true,
    min: 1,
    minMessage: "Tell us your team, e.g. Service Desk.",
    maxMessage: "Keep your team under 120 characters.",
  }),
  managerId: userId.optional(),
  level: z.enum(experienceLevel.options, { error: "Pick your experience level." }),
  timeZone: z
    .string({ error: "Pick your time zone." })
    .max(64, "Pick a time zone from the list (e.g. Europe/Paris).")
    .refine(isTimeZone, "Pick a time zone from the list (e.g. Europe/Paris)."),
  learn: z.array(skillClaim).max(20, "Pick at most 20 skills to learn."),
  offer: z.array(skillClaim).max(20, "Pick at most 20 skills to offer."),
  goals: userText(2000, { trim: true, maxMessage: "Keep your goals under 2000 characters." }),
  styles: z
    .array(z.enum(mentoringStyle.options, { error: "Pick styles from the list." }))
    .min(1, "Pick at least one mentoring style.")
    .max(5, "Pick at most five styles.")
    .superRefine(uniqueValues("the style")),
  communication: z
    .array(z.enum(communicationPreference.options, { error: "Pick ways to keep in touch from the list." }))
    .min(1, "Pick at least one way to keep in touch.")
    .max(4)
    .superRefine(uniqueValues("the way to keep in touch")),
  formats: z
    .array(z.enum(format.options, { error: "Pick formats from the list." }))
    .min(1, "Pick at least one format.")
    .max(4)
    .superRefine(uniqueValues("the format")),
  teamPreference: z.enum(teamPreference.options, {
    error: "Tell us whether you prefer someone from your own team or another.",
  }),
  availability: z
    .array(availabilitySlot)
    .min(1, "Pick at least one time in the week that works for you.")
    .max(28, "Pick at most 28 weekly times."),
  mentorCapacity: z
    .number({ error: "Pick how many people you could mentor (0 to 3)." })
    .int("Pick a whole number from 0 to 3.")
    .min(0, "Pick a number from 0 to 3.")
    .max(3, "Three mentees at once is the most we ask of anyone."),
});
export type ProfileFields = z.infer<typeof profileFields>;
export type ProfileFieldName = keyof ProfileFields;
export type ProfileDraft = Partial<ProfileFields> & { reportingLine?: string[] };

/** Problems by field (input id on a card, field path in the API), first problem only. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "body";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** What the rules need to know beyond the fields themselves. */
export interface ProfileRuleContext {
  userId: string;
  /** The skills of the programs the person is in (or joining). */
  skills: readonly Skill[];
  /** Formats the programs offer; empty means any. */
  formats: readonly Format[];
}

/** Rules across fields and against the programs; field names are API paths. */
export function profileRuleErrors(fields: Partial<ProfileFields>, ctx: ProfileRuleContext): FieldErrors {
  const errors: FieldErrors = {};
  const known = new Set(ctx.skills.map((s) => s.id));
  for (const list of ["learn", "offer"] as const) {
    const seen = new Set<string>();
    (fields[list] ?? []).forEach((claim, i) => {
      if (!known.has(claim.skillId))
        errors[`${list}.${i}.skillId`] ??= `"${claim.skillId}" is not a skill of your program.`;
      else if (seen.has(claim.skillId)) errors[`${list}.${i}.skillId`] ??= "Each skill only once, please.";
      seen.add(claim.skillId);
    });
  }
  if (fields.learn && fields.offer && fields.learn.length === 0 && fields.offer.length === 0)
    errors.offer ??= "Pick at least one skill to learn or to offer.";
  if (
    fields.learn &&
    fields.learn.length > 0 &&
    fields.goals !== undefined &&
    fields.goals.trim().length < 10
  )
    errors.goals ??= "Tell us in a sentence or two what you want to be able to do.";
  if ((fields.mentorCapacity ?? 0) > 0 && fields.offer && fields.offer.length === 0)
    errors.mentorCapacity ??= "To mentor someone, offer at least one skill first.";
  if (fields.formats && ctx.formats.length > 0) {
    const bad = fields.formats.find((f) => !ctx.formats.includes(f));
    if (bad) errors.formats ??= `Your program does not offer the "${bad}" format.`;
  }
  if (fields.managerId && fields.managerId === ctx.userId)
    errors.managerId ??= "You can't be your own manager.";
  return errors;
}

/** The editable fields of a stored profile (defaults filled in by the schema). */
export function fieldsOf(profile: ProfileDocument): ProfileFields & { reportingLine: string[] } {
  return {
    role: profile.role,
    team: profile.team,
    ...(profile.managerId ? { managerId: profile.managerId } : {}),
    reportingLine: profile.reportingLine,
    level: profile.level,
    timeZone: profile.timeZone,
    learn: profile.learn,
    offer: profile.offer,
    goals: profile.goals,
    styles: profile.styles,
    communication: profile.communication,
    formats: profile.formats,
    teamPreference: profile.teamPreference,
    availability: profile.availability,
    mentorCapacity: profile.mentorCapacity,
  };
}
