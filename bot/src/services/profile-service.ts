import {
  matchingModeOf,
  applyProfileUpdate,
  notFound,
  type ProfileDocument,
  type ProfileFields,
  type ProfileView,
  type ProgramDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { systemClock, type Actor, type Clock } from "./actor";
import { projectProfileSettled } from "./enrolment-projection";
import { openPrograms, programsById, reportingLineOf } from "./program-access";

/** A person's own profile: read it, change it (with its ETag), and keep enrolments in step. */
export class ProfileService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock = systemClock,
  ) {}

  async view(actor: Actor): Promise<ProfileView> {
    const [profile, intakes] = await Promise.all([
      this.repos.people.getProfile(actor.tenantId, actor.userId),
      this.repos.intake.listIntakes(actor.tenantId, actor.userId),
    ]);
    const joined = new Set(profile?.programIds ?? []);
    const programs =
      joined.size > 0
        ? await programsById(this.repos, actor.tenantId, [...joined])
        : await openPrograms(this.repos, actor.tenantId, this.today());
    const { _etag, ...rest } = profile ?? ({} as ProfileDocument);
    return {
      etag: _etag ?? null,
      profile: profile ? rest : null,
      programs: programs.map((p) => ({
        programId: p.programId,
        name: p.name,
        skills: p.skills,
        formats: p.formats,
        joined: joined.has(p.programId),
        menteesMayRequest: matchingModeOf(p) === "mentees-may-request",
      })),
      intakes: intakes.map((i) => ({
        programId: i.programId,
        mode: i.mode,
        step: i.step,
        updatedAt: i.updatedAt,
      })),
    };
  }

  /** `PUT /api/me/profile`: 400 naming the field, 404 before intake, 412 on a stale ETag. */
  async update(actor: Actor, body: unknown): Promise<ProfileView> {
    const current = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (!current) throw notFound("Your mentoring profile (join a program with Baton first)");
    const programs = await programsById(this.repos, actor.tenantId, current.programIds);
    const { etag, fields } = applyProfileUpdate(current, body, ruleContext(actor, programs));
    await this.save(actor, current, fields, etag);
    return this.view(actor);
  }

  /** Writes new field values over `current` if nobody changed it since `etag`; updates enrolments. */
  async save(
    actor: Actor,
    current: ProfileDocument,
    fields: ProfileFields,
    etag: string,
  ): Promise<ProfileDocument> {
    const now = this.clock.now();
    const reportingLine =
      fields.managerId === current.managerId
        ? current.reportingLine
        : await reportingLineOf(this.repos, actor.tenantId, actor.userId, fields.managerId);
    const { managerId: _old, _etag: _e, ...base } = current;
    const next: ProfileDocument = {
      ...base,
      ...fields,
      reportingLine,
      updatedAt: now.toISOString(),
    };
    if (!fields.managerId) delete next.managerId;
    const saved = await this.repos.people.replaceProfile(next, etag);
    await projectProfileSettled(this.repos, saved, now);
    return saved;
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}

export function ruleContext(actor: Actor, programs: readonly ProgramDocument[]) {
  return {
    userId: actor.userId,
    skills: programs.flatMap((p) => p.skills),
    formats: [...new Set(programs.flatMap((p) => p.formats))],
  };
}
