import {
  enrolmentStatusOf,
  intakeIds,
  partitionKeys,
  rolesOf,
  type EnrolmentDocument,
  type ProfileDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Actor } from "./actor";

/** Records that a person started intake for a program; someone already in stays counted as in. */
export async function markIntakeStarted(
  repos: Repositories,
  actor: Actor,
  programId: string,
  now: Date,
): Promise<void> {
  const existing = await repos.intake.getEnrolment(actor.tenantId, programId, actor.userId);
  if (existing && existing.status !== "left") return;
  await repos.intake.saveEnrolment({
    id: intakeIds.enrolment(actor.userId),
    pk: partitionKeys.program(actor.tenantId, programId),
    tenantId: actor.tenantId,
    type: "enrolment",
    programId,
    userId: actor.userId,
    displayName: actor.displayName,
    status: "started",
    roles: [],
    capacity: 0,
    offered: [],
    wanted: [],
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
}

/**
 * Writes the profile's enrolment into each of its programs (after every profile write). A program's
 * "not this time" for the next cohort (`cohortPause`) keeps that enrolment paused through profile
 * edits; only `resume` / rejoin (`returning`) or answering "stay" lifts it.
 */
export async function projectProfile(
  repos: Repositories,
  profile: ProfileDocument,
  now: Date,
  options: { returning?: boolean } = {},
): Promise<void> {
  await Promise.all(
    profile.programIds.map(async (programId) => {
      const existing = await repos.intake.getEnrolment(profile.tenantId, programId, profile.userId);
      const cohortPause = options.returning ? undefined : existing?.cohortPause;
      const status = enrolmentStatusOf(profile);
      const doc: EnrolmentDocument = {
        id: intakeIds.enrolment(profile.userId),
        pk: partitionKeys.program(profile.tenantId, programId),
        tenantId: profile.tenantId,
        type: "enrolment",
        programId,
        userId: profile.userId,
        displayName: profile.displayName,
        status: cohortPause && status === "completed" ? "paused" : status,
        ...(cohortPause ? { cohortPause } : {}),
        roles: rolesOf(profile),
        capacity: profile.mentorCapacity,
        offered: profile.offer.map((c) => c.skillId),
        wanted: profile.learn.map((c) => c.skillId),
        intakeLearn: existing?.intakeLearn ?? profile.learn,
        matching: {
          role: profile.role,
          team: profile.team,
          reportingLine: profile.reportingLine,
          learn: profile.learn,
          offer: profile.offer,
          goals: profile.goals,
          timeZone: profile.timeZone,
          availability: profile.availability,
          styles: profile.styles,
          teamPreference: profile.teamPreference,
        },
        ...(profile.status === "paused" && profile.pausedUntil ? { pausedUntil: profile.pausedUntil } : {}),
        startedAt: existing?.startedAt ?? profile.consentAt ?? now.toISOString(),
        completedAt: existing?.completedAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await repos.intake.saveEnrolment(doc);
    }),
  );
}

/** A person who left and asked for their profile to be deleted: counted as left, nothing else kept. */
export async function projectDeparture(
  repos: Repositories,
  actor: Actor,
  programIds: readonly string[],
  now: Date,
): Promise<void> {
  await Promise.all(
    programIds.map(async (programId) => {
      const existing = await repos.intake.getEnrolment(actor.tenantId, programId, actor.userId);
      await repos.intake.saveEnrolment({
        id: intakeIds.enrolment(actor.userId),
        pk: partitionKeys.program(actor.tenantId, programId),
        tenantId: actor.tenantId,
        type: "enrolment",
        programId,
        userId: actor.userId,
        displayName: "",
        status: "left",
        roles: [],
        capacity: 0,
        offered: [],
        wanted: [],
        startedAt: existing?.startedAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      });
    }),
  );
}

/**
 * `projectProfile`, then makes sure the projection is of the latest profile: when someone saved the
 * profile meanwhile (its ETag moved), their projection may have landed before ours, so project the
 * newer profile again. Whoever writes an enrolment last checks the profile after writing, so
 * concurrent pause / resume / edits always leave the enrolments matching the stored profile.
 */
export async function projectProfileSettled(
  repos: Repositories,
  saved: ProfileDocument,
  now: Date,
  options: { returning?: boolean } = {},
): Promise<void> {
  let projected = saved;
  for (let round = 0; round < 10; round++) {
    await projectProfile(repos, projected, now, options);
    const latest = await repos.people.getProfile(projected.tenantId, projected.userId);
    if (!latest || latest._etag === projected._etag) return;
    projected = latest;
  }
}
