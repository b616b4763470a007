import {
  notFound,
  parseInput,
  validationError,
  type ParticipationView,
  type ProfileDocument,
  DEFAULT_LOCALE,
  formatCalendarDate,
} from "@baton/shared";
import { z } from "zod";
import type { Repositories } from "../data/repositories";
import { retryOnConflict } from "../data/retry-on-conflict";
import { systemClock, type Actor, type Clock } from "./actor";
import { projectDeparture, projectProfileSettled } from "./enrolment-projection";

/** A return date: its format here; its range (after today, within a year, stricter than `isoDate`) below. */
const pauseInput = z.object({ until: z.iso.date().optional() }).strict();
const leaveInput = z.object({ deleteProfile: z.boolean().optional() }).strict();

export const LEAVE_KEEP_MESSAGE =
  "You have left the program. Matching and reminders stop now. Your profile is kept, marked as left, so you can come back with Rejoin on your profile in the tab, or by typing join to Baton; program owners only see you counted in totals. Pairs you are in stay readable for you and your partner, and your private notes stay yours.";
export const LEAVE_DELETE_MESSAGE =
  "You have left the program and your mentoring profile is deleted: your role, skills, goals and availability are gone. Program owners only see that one person left. Pairs you are in stay readable for you and your partner, and your private notes stay yours.";

/** Pause, resume and leave: honoured by matching and reminders through the profile's status. */
export class ParticipationService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * `until` is a date (YYYY-MM-DD); without it the pause lasts until the person resumes. The message
   * names the date in `locale` (the bot's reader, or the tab's Accept-Language).
   */
  async pause(actor: Actor, body: unknown, locale = DEFAULT_LOCALE): Promise<ParticipationView> {
    const { until } = parseInput(pauseInput, body ?? {});
    const today = this.clock.now().toISOString().slice(0, 10);
    if (until !== undefined && until <= today)
      throw validationError("until", "until: pick a return date after today.");
    const maxDate = new Date(this.clock.now().getTime() + 366 * 86_400_000).toISOString().slice(0, 10);
    if (until !== undefined && until > maxDate)
      throw validationError(
        "until",
        "until: pick a return date within a year (or none, and resume when you like).",
      );
    const profile = await this.change(actor, (p) => {
      const { pausedUntil: _drop, ...rest } = p;
      return { ...rest, status: "paused", ...(until ? { pausedUntil: `${until}T00:00:00.000Z` } : {}) };
    });
    return viewOf(
      profile,
      until
        ? `Paused until ${formatCalendarDate(until, locale)}. No matching and no reminders until then; type resume or join to come back earlier.`
        : "Paused. No matching and no reminders until you come back: type resume or join.",
    );
  }

  async resume(actor: Actor): Promise<ParticipationView> {
    const profile = await this.change(
      actor,
      (p) => {
        const { pausedUntil: _drop, ...rest } = p;
        return { ...rest, status: "active" };
      },
      { returning: true },
    );
    return viewOf(profile, "Welcome back. Matching and reminders are on again.");
  }

  /**
   * Someone who left (keeping their profile) takes part again with the same profile: matching and
   * reminders are on again. Anyone not marked as left gets a 400 naming `status`.
   */
  async rejoin(actor: Actor): Promise<ParticipationView> {
    const current = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (!current) throw notFound("Your mentoring profile (join a program with Baton first)");
    if (current.status !== "left")
      throw validationError("status", "status: you are still in the program; there is nothing to rejoin.");
    const profile = await this.change(
      actor,
      (p) => {
        const { pausedUntil: _drop, ...rest } = p;
        return { ...rest, status: "active" };
      },
      { returning: true },
    );
    return viewOf(
      profile,
      "Welcome back. You're taking part again with the same profile: matching and reminders are on.",
    );
  }

  async leave(actor: Actor, body: unknown): Promise<ParticipationView> {
    const { deleteProfile } = parseInput(leaveInput, body ?? {});
    const now = this.clock.now();
    const intakes = await this.repos.intake.listIntakes(actor.tenantId, actor.userId);
    const profile = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (!profile && intakes.length === 0) throw notFound("Your mentoring profile");
    const programIds = [...new Set([...(profile?.programIds ?? []), ...intakes.map((i) => i.programId)])];
    // Unfinished answers go first, so nothing half-done outlives the decision to leave.
    await Promise.all(intakes.map((i) => this.repos.intake.deleteIntake(actor.tenantId, actor.userId, i.id)));
    if (deleteProfile || !profile) {
      if (profile) await this.repos.people.deleteProfile(actor.tenantId, actor.userId);
      await projectDeparture(this.repos, actor, programIds, now);
      return { status: "left", pausedUntil: null, message: LEAVE_DELETE_MESSAGE };
    }
    const left = await this.change(actor, (p) => {
      const { pausedUntil: _drop, ...rest } = p;
      return { ...rest, status: "left" };
    });
    await projectDeparture(
      this.repos,
      actor,
      programIds.filter((id) => !left.programIds.includes(id)),
      now,
    );
    return viewOf(left, LEAVE_KEEP_MESSAGE);
  }

  /**
   * Read, change, conditional replace. These commands carry no ETag, so a concurrent edit is re-read
   * and the change applied again (`retryOnConflict`); the enrolments then follow the latest profile.
   */
  private async change(
    actor: Actor,
    apply: (p: ProfileDocument) => ProfileDocument,
    options: { returning?: boolean } = {},
  ): Promise<ProfileDocument> {
    const now = this.clock.now();
    const saved = await retryOnConflict(async () => {
      const current = await this.repos.people.getProfile(actor.tenantId, actor.userId);
      if (!current) throw notFound("Your mentoring profile (join a program with Baton first)");
      const { _etag, ...body } = current;
      return this.repos.people.replaceProfile(
        { ...apply(body), updatedAt: this.clock.now().toISOString() },
        _etag ?? "",
      );
    });
    await projectProfileSettled(this.repos, saved, now, options);
    return saved;
  }
}

function viewOf(profile: ProfileDocument, message: string): ParticipationView {
  return { status: profile.status, pausedUntil: profile.pausedUntil ?? null, message };
}
