import type { EnrolmentDocument } from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Actor } from "../services/actor";
import type { ProgramIndex, ProgramSnapshot } from "./program-index";

/** A program the caller may search, with their enrolment in it (none for an owner who does not take part). */
export interface CallerProgram {
  snapshot: ProgramSnapshot;
  me: EnrolmentDocument | undefined;
  isOwner: boolean;
}

/**
 * The programs the caller takes part in (their profile's programs, a point read shared for a second:
 * `ProgramIndex.programIdsOf`) or, without any,
 * the ones they run (one query of the tenant partition); then each program's snapshot (a stamp read,
 * rarely a rebuild). A caller of another tenant finds nothing: every read is in their own tenant.
 */
export async function callerPrograms(
  repos: Repositories,
  index: ProgramIndex,
  actor: Actor,
): Promise<CallerProgram[]> {
  let ids = await index.programIdsOf(actor.tenantId, actor.userId);
  if (ids.length === 0)
    ids = (await repos.tenants.listPrograms(actor.tenantId))
      .filter((p) => p.ownerIds.includes(actor.userId))
      .map((p) => p.programId);
  const snapshots = await Promise.all(ids.slice(0, 5).map((id) => index.get(actor.tenantId, id)));
  return snapshots.flatMap((snapshot) => {
    if (!snapshot) return [];
    const me = snapshot.byUser.get(actor.userId);
    const isOwner = snapshot.program.ownerIds.includes(actor.userId);
    if (!isOwner && (!me || me.status === "left")) return [];
    return [{ snapshot, me, isOwner }];
  });
}

export const NOT_IN_A_PROGRAM =
  "You're not part of a Baton mentoring program yet. Say **join** to Baton in a chat with it to sign up.";

/** A few of the programs' skill names, to suggest when a search finds nothing. */
export function suggestions(programs: readonly CallerProgram[]): string {
  const names = programs.flatMap((p) => p.snapshot.program.skills.map((s) => s.name));
  const groups = [...new Set(programs.flatMap((p) => p.snapshot.program.skills.map((s) => s.group)))];
  const some = names.slice(0, 3).join(", ");
  return some
    ? `Try a skill such as ${some}${groups[0] ? `, or a group such as ${groups[0]}` : ""}.`
    : "Try a shorter word.";
}
