import type { ProfileDocument } from "../domain/profile";
import type { EnrolmentStatus, ParticipantRole } from "./intake-documents";

/**
 * Whether matching and reminders may reach this person now: paused people are left alone until
 * their return date (if any), people who left never.
 */
export function effectiveStatus(
  p: { status: "active" | "paused" | "left"; pausedUntil?: string | undefined },
  now: Date,
): "active" | "paused" | "left" {
  if (p.status === "paused" && p.pausedUntil && p.pausedUntil <= now.toISOString()) return "active";
  return p.status;
}

export const isReachable = (p: Parameters<typeof effectiveStatus>[0], now: Date) =>
  effectiveStatus(p, now) === "active";

/** Mentor when offering a skill with room for someone; mentee when wanting to learn one. */
export function rolesOf(p: Pick<ProfileDocument, "learn" | "offer" | "mentorCapacity">): ParticipantRole[] {
  const roles: ParticipantRole[] = [];
  if (p.offer.length > 0 && p.mentorCapacity > 0) roles.push("mentor");
  if (p.learn.length > 0) roles.push("mentee");
  return roles;
}

export function enrolmentStatusOf(p: Pick<ProfileDocument, "status">): EnrolmentStatus {
  return p.status === "active" ? "completed" : p.status;
}
