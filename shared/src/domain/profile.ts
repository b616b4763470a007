import { z } from "zod";
import {
  documentBase,
  entityId,
  format,
  isoInstant,
  uniqueBy,
  uniqueValues,
  userId,
  userText,
} from "./common";

export const experienceLevel = z.enum(["new-hire", "junior", "mid", "senior", "lead"]);
export const skillLevel = z.number().int().min(1).max(4);
export const skillClaim = z.object({ skillId: entityId, level: skillLevel });
export type SkillClaim = z.infer<typeof skillClaim>;
/** Skills to learn or offer: at most 20, each skill once (ids are checked against the taxonomy by the rules). */
export const skillClaims = z
  .array(skillClaim)
  .max(20)
  .superRefine(uniqueBy((c) => c.skillId, "the skill", "skillId"));

export const mentoringStyle = z.enum(["listening", "hands-on", "challenging", "structured", "exploratory"]);
export const communicationPreference = z.enum(["chat", "video", "in-person", "async"]);
export const teamPreference = z.enum(["cross-team", "same-team", "no-preference"]);

/** A weekly slot in the person's own time zone, minutes from midnight. */
export const availabilitySlot = z
  .object({
    day: z.number().int().min(0).max(6),
    startMinute: z.number().int().min(0).max(1440),
    endMinute: z.number().int().min(0).max(1440),
  })
  .refine((s) => s.endMinute > s.startMinute, {
    message: "a slot must end after it starts",
    path: ["endMinute"],
  });

export const MAX_PROFILE_PROGRAMS = 20;

export const participationStatus = z.enum(["active", "paused", "left"]);

export const profileDocument = documentBase.extend({
  type: z.literal("profile"),
  userId,
  displayName: userText(120, { min: 1 }),
  email: userText(254).optional(),
  role: userText(120).default(""),
  team: userText(120).default(""),
  managerId: userId.optional(),
  /** The person's reporting line, nearest manager first (for the matching rule). */
  reportingLine: z.array(userId).max(20).superRefine(uniqueValues("the manager")).default([]),
  level: experienceLevel.default("mid"),
  timeZone: z.string().min(1).max(64).default("UTC"),
  learn: skillClaims.default([]),
  offer: skillClaims.default([]),
  goals: userText(2000).default(""),
  styles: z.array(mentoringStyle).max(5).superRefine(uniqueValues("the style")).default([]),
  communication: z.array(communicationPreference).max(4).superRefine(uniqueValues("the way")).default([]),
  formats: z.array(format).max(4).superRefine(uniqueValues("the format")).default([]),
  teamPreference: teamPreference.default("no-preference"),
  availability: z.array(availabilitySlot).max(28).default([]),
  mentorCapacity: z.number().int().min(0).max(3).default(0),
  /** The programs joined, oldest first; at most `MAX_PROFILE_PROGRAMS` (the oldest drops out). */
  programIds: z
    .array(entityId)
    .max(MAX_PROFILE_PROGRAMS)
    .superRefine(uniqueValues("the program"))
    .default([]),
  consentAt: isoInstant.optional(),
  status: participationStatus.default("active"),
  pausedUntil: isoInstant.optional(),
  updatedAt: isoInstant,
});
export type ProfileDocument = z.infer<typeof profileDocument>;
