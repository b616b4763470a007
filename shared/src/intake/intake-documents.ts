import { z } from "zod";
import {
  documentBase,
  entityId,
  isoDate,
  isoInstant,
  uniqueValues,
  userId,
  userText,
} from "../domain/common";
import { availabilitySlot, mentoringStyle, skillClaim, skillClaims, teamPreference } from "../domain/profile";
import { intakeStep, profileSection } from "./steps";

/** Ids of the intake's documents (see docs/data-model.md). */
export const intakeIds = {
  /** In the person's partition: a join in progress for one program. */
  join: (programId: string) => `intake:${programId}`,
  /** In the person's partition: an edit of one section of a finished profile. */
  edit: () => "intake:edit",
  /** In the program's partition: the person's enrolment, for intake progress and matching. */
  enrolment: (userId: string) => `enrolment:${userId}`,
} as const;

/** The answers so far; each is checked when its step is submitted. */
export const profileDraft = z
  .object({
    role: userText(120),
    team: userText(120),
    managerId: userId,
    reportingLine: z.array(userId).max(20),
    level: z.string().max(20),
    timeZone: z.string().max(64),
    learn: z.array(skillClaim).max(20),
    offer: z.array(skillClaim).max(20),
    goals: userText(2000),
    styles: z.array(z.string().max(20)).max(5),
    communication: z.array(z.string().max(20)).max(4),
    formats: z.array(z.string().max(20)).max(4),
    teamPreference: z.string().max(20),
    availability: z.array(availabilitySlot).max(28),
    mentorCapacity: z.number().int().min(0).max(3),
  })
  .partial();

export const intakeDocument = documentBase.extend({
  type: z.literal("intake"),
  userId,
  programId: entityId,
  mode: z.enum(["join", "edit"]),
  /** For edits: which part of the profile. */
  section: profileSection.optional(),
  path: z.array(intakeStep).min(1).max(7).superRefine(uniqueValues("the step")),
  step: intakeStep,
  draft: profileDraft,
  /** For edits: the profile's ETag when the edit began; saving with it refuses a change made meanwhile. */
  profileEtag: z.string().max(200).optional(),
  startedAt: isoInstant,
  updatedAt: isoInstant,
});
export type IntakeDocument = z.infer<typeof intakeDocument>;

export const enrolmentStatus = z.enum(["started", "completed", "paused", "left"]);
export type EnrolmentStatus = z.infer<typeof enrolmentStatus>;
export const participantRole = z.enum(["mentor", "mentee"]);
export type ParticipantRole = z.infer<typeof participantRole>;

/**
 * What matching needs of a person beyond roles and capacity (written by `projectProfile`; absent on
 * enrolments that have not finished intake). Availability is in the person's own time zone.
 */
export const enrolmentMatchingFields = z.object({
  /** The person's job role, for the mentor directory (absent on enrolments written before it). */
  role: userText(120).optional(),
  team: userText(120),
  reportingLine: z.array(userId).max(20),
  learn: skillClaims,
  offer: skillClaims,
  goals: userText(2000),
  timeZone: z.string().min(1).max(64),
  availability: z.array(availabilitySlot).max(28),
  styles: z.array(mentoringStyle).max(5),
  teamPreference,
});
export type EnrolmentMatchingFields = z.infer<typeof enrolmentMatchingFields>;

/**
 * A person's enrolment in a program, written beside every intake and profile change so that
 * intake progress (and matching's roster) is one single-partition query of the program.
 */
export const enrolmentDocument = documentBase.extend({
  type: z.literal("enrolment"),
  programId: entityId,
  userId,
  displayName: userText(120),
  status: enrolmentStatus,
  roles: z.array(participantRole).max(2).superRefine(uniqueValues("the role")),
  capacity: z.number().int().min(0).max(3),
  offered: z.array(entityId).max(20).superRefine(uniqueValues("the skill")),
  wanted: z.array(entityId).max(20).superRefine(uniqueValues("the skill")),
  /** The skills to learn and their levels when intake first finished, for the dashboard's skill change. */
  intakeLearn: skillClaims.optional(),
  /** For matching (see enrolmentMatchingFields). */
  matching: enrolmentMatchingFields.optional(),
  pausedUntil: isoInstant.optional(),
  /**
   * Set when the person answered "not this time" to "stay in for the next cohort?": the enrolment
   * stays paused in this program through later profile changes, until they answer "stay", `resume`
   * or rejoin.
   */
  cohortPause: z.object({ cohortStart: isoDate, at: isoInstant }).optional(),
  startedAt: isoInstant,
  completedAt: isoInstant.optional(),
  updatedAt: isoInstant,
});
export type EnrolmentDocument = z.infer<typeof enrolmentDocument>;
