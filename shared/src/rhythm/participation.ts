import type { ProfileDocument } from "../domain/profile";

/** Paused people get no reminders until their pause ends (no end date: until they resume). */
export function isPaused(profile: Pick<ProfileDocument, "status" | "pausedUntil">, now: Date): boolean {
  if (profile.status !== "paused") return false;
  return !profile.pausedUntil || Date.parse(profile.pausedUntil) > now.getTime();
}
