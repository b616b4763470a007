import { z } from "zod";
import { documentBase, entityId, isoDate, isoInstant, userId } from "../domain/common";
import { availabilitySlot, mentoringStyle, skillClaim, teamPreference } from "../domain/profile";
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
    role: z.string(),
    team: z.string(),
    managerId: userId,
    reportingLine: z.array(userId),
    level: z.string(),
    timeZone: z.string(),
    learn: z.array(skillClaim),
    offer: z.array(skillClaim),
    goals: z.string(),
    styles: z.array(z.string()),
    communication: z.array(z.string()),
    formats: z.array(z.string()),
    teamPreference: z.string(),
    availability: z.array(availabilitySlot),
    mentorCapacity: z.number(),
  })
  .partial();

export const intakeDocument = documentBase.extend({
  type: z.literal("intake"),
  userId,
  programId: entityId,
  mode: z.enum(["join", "edit"]),
  /** For edits: which part of the profile. */
  section: profileSection.optional(),
  path: z.array(intakeStep).min(1),
  step: intakeStep,
  draft: profileDraft,
  /** For edits: the profile's ETag when the edit began; saving with it refuses a change made meanwhile. */
  profileEtag: z.string().optional(),
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
  role: z.string().max(120).optional(),
  team: z.string().max(120),
  reportingLine: z.array(userId).max(20),
  learn: z.array(skillClaim).max(20),
  offer: z.array(skillClaim).max(20),
  goals: z.string().max(2000),
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
  displayName: z.string().max(120),
  status: enrolmentStatus,
  roles: z.array(participantRole).max(2),
  capacity: z.number().int().min(0).max(3),
  offered: z.array(entityId).max(20),
  wanted: z.array(entityId).max(20),
  /** The skills to learn and their levels when intake first finished, for the dashboard's skill change. */
  intakeLearn: z.array(skillClaim).max(20).optional(),
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
