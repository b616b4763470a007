import {
  applyTaxonomyEdit,
  conflict,
  intakeIds,
  migrateClaims,
  migrateDraftClaims,
  migrateSkillIds,
  needsMigration,
  parseInput,
  partitionKeys,
  taxonomyEditInput,
  type EnrolmentDocument,
  type IntakeDocument,
  type ProfileDocument,
  type ProgramDocument,
  type Skill,
} from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { Repositories } from "../data/repositories";
import { requireOwner } from "../matching/owner-access";
import type { Actor, Clock } from "../services/actor";
import { retryOnConflict } from "../data/retry-on-conflict";

export interface TaxonomyEditResult {
  program: ProgramDocument;
  /**
   * Documents whose skill references moved (a merge) and unfinished intakes whose answers moved or
   * dropped a retired skill; 0 when re-run.
   */
  migrated: { enrolments: number; profiles: number; intakes: number };
}

/** Re-reads and writes with the document's ETag until it holds (or nothing needs to change). */
async function edited<T extends { _etag?: string | undefined }>(
  read: () => Promise<T | undefined>,
  change: (doc: T) => T | undefined,
  write: (doc: T, etag: string) => Promise<unknown>,
): Promise<boolean> {
  return retryOnConflict(
    async () => {
      const doc = await read();
      const next = doc ? change(doc) : undefined;
      if (!doc || !next) return false;
      await write(next, doc._etag ?? "");
      return true;
    },
    { attempts: 8 },
  ).catch((error: unknown) => {
    if (isConflict(error)) return false;
    throw error;
  });
}

/**
 * Rename, merge, retire and restore skills of a program in use (owners only). The program is written
 * with its ETag (a stale `etag` is a 412); a merge then moves the references of every enrolment and
 * profile in the program to the surviving id, each with its own ETag. Running a merge again finds
 * nothing left to move, so an interrupted migration is finished by repeating it.
 */
export class TaxonomyService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async edit(actor: Actor, programId: string, body: unknown): Promise<TaxonomyEditResult> {
    const edit = parseInput(taxonomyEditInput, body);
    // With an ETag a conflict is the caller's (412); without one the edit re-reads and retries.
    const once = async () => {
      const program = await requireOwner(this.repos, actor, programId);
      if (edit.etag && edit.etag !== program._etag) throw conflict();
      const skills = applyTaxonomyEdit(program.skills, edit);
      const saved = await this.repos.store.replace<ProgramDocument>(
        { ...program, skills },
        program._etag ?? "",
      );
      return { saved, skills };
    };
    const { saved, skills } = edit.etag ? await once() : await retryOnConflict(once);
    const migrated =
      edit.action === "merge"
        ? await this.migrate(actor.tenantId, programId, skills)
        : { enrolments: 0, profiles: 0, intakes: 0 };
    if (edit.action === "retire")
      migrated.intakes = await this.migrateIntakes(actor.tenantId, programId, skills);
    return { program: saved, migrated };
  }

  /**
   * People part-way through intake (enrolment `started`) or editing their profile: their answers so
   * far (`intake:{programId}` / `intake:edit` in their partition) move off merged ids and drop retired
   * ones, so finishing intake never writes a skill the program no longer offers.
   */
  private async migrateIntakes(tenantId: string, programId: string, skills: readonly Skill[]) {
    const enrolments = await this.repos.store.queryPartition<EnrolmentDocument>(
      tenantId,
      partitionKeys.program(tenantId, programId),
      "c.type = 'enrolment' AND c.status != 'left'",
    );
    const now = this.clock.now().toISOString();
    let moved = 0;
    for (const { userId } of enrolments)
      for (const id of [intakeIds.join(programId), intakeIds.edit()])
        if (
          await edited<IntakeDocument>(
            () => this.repos.intake.getIntake(tenantId, userId, id),
            (d) => migrateIntake(d, skills, now),
            (d, etag) => this.repos.intake.replaceIntake(d, etag),
          )
        )
          moved++;
    return moved;
  }

  private async migrate(tenantId: string, programId: string, skills: readonly Skill[]) {
    const pk = partitionKeys.program(tenantId, programId);
    const now = this.clock.now().toISOString();
    const enrolments = await this.repos.store.queryPartition<EnrolmentDocument>(
      tenantId,
      pk,
      "c.type = 'enrolment'",
    );
    let e = 0;
    let p = 0;
    for (const enrolment of enrolments) {
      const moved = await edited<EnrolmentDocument>(
        () => this.repos.store.read(tenantId, pk, enrolment.id),
        (d) => migrateEnrolment(d, skills, now),
        (d, etag) => this.repos.store.replace(d, etag),
      );
      if (moved) e++;
      const profileMoved = await edited<ProfileDocument>(
        () => this.repos.people.getProfile(tenantId, enrolment.userId),
        (d) => (d.programIds.includes(programId) ? migrateProfile(d, skills, now) : undefined),
        (d, etag) => this.repos.store.replace(d, etag),
      );
      if (profileMoved) p++;
    }
    return { enrolments: e, profiles: p, intakes: await this.migrateIntakes(tenantId, programId, skills) };
  }
}

const ids = (claims: readonly { skillId: string }[]) => claims.map((c) => c.skillId);

/** The enrolment with its skill references moved, or undefined when nothing refers to a merged id. */
export function migrateEnrolment(
  e: EnrolmentDocument,
  skills: readonly Skill[],
  now: string,
): EnrolmentDocument | undefined {
  const m = e.matching;
  const stale =
    needsMigration(e.offered, skills) ||
    needsMigration(e.wanted, skills) ||
    (m !== undefined && (needsMigration(ids(m.learn), skills) || needsMigration(ids(m.offer), skills)));
  if (!stale) return undefined;
  return {
    ...e,
    offered: migrateSkillIds(e.offered, skills),
    wanted: migrateSkillIds(e.wanted, skills),
    ...(m
      ? { matching: { ...m, learn: migrateClaims(m.learn, skills), offer: migrateClaims(m.offer, skills) } }
      : {}),
    updatedAt: now,
  };
}

/** The profile with its skill claims moved, or undefined when nothing refers to a merged id. */
export function migrateProfile(
  p: ProfileDocument,
  skills: readonly Skill[],
  now: string,
): ProfileDocument | undefined {
  if (!needsMigration(ids(p.learn), skills) && !needsMigration(ids(p.offer), skills)) return undefined;
  return {
    ...p,
    learn: migrateClaims(p.learn, skills),
    offer: migrateClaims(p.offer, skills),
    updatedAt: now,
  };
}

/**
 * The unfinished intake with its answers' skills moved (merged) or, for a join, dropped (retired);
 * undefined when nothing changes.
 */
export function migrateIntake(
  d: IntakeDocument,
  skills: readonly Skill[],
  now: string,
): IntakeDocument | undefined {
  // A join picks active skills only; an edit starts from the profile, which keeps its retired skills.
  const fix = d.mode === "join" ? migrateDraftClaims : migrateClaims;
  const learn = d.draft.learn && fix(d.draft.learn, skills);
  const offer = d.draft.offer && fix(d.draft.offer, skills);
  const same = (a?: { skillId: string; level: number }[], b?: { skillId: string; level: number }[]) =>
    JSON.stringify(a) === JSON.stringify(b);
  if (same(learn, d.draft.learn) && same(offer, d.draft.offer)) return undefined;
  return {
    ...d,
    draft: { ...d.draft, ...(learn ? { learn } : {}), ...(offer ? { offer } : {}) },
    updatedAt: now,
  };
}
