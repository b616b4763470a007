import { isJoinable, type ProgramDocument } from "@baton/shared";
import type { Repositories } from "../data/repositories";

/** Programs people can join now: open or running (never drafts or closing ones), not yet over. */
export async function openPrograms(
  repos: Repositories,
  tenantId: string,
  today: string,
): Promise<ProgramDocument[]> {
  const programs = await repos.tenants.listPrograms(tenantId);
  return programs
    .filter((p) => isJoinable(p) && (!p.cohortEnd || p.cohortEnd >= today))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The programs with these ids (missing ones skipped). */
export async function programsById(
  repos: Repositories,
  tenantId: string,
  ids: readonly string[],
): Promise<ProgramDocument[]> {
  const found = await Promise.all(ids.map((id) => repos.tenants.getProgram(tenantId, id)));
  return found.filter((p): p is ProgramDocument => p !== undefined);
}

/** The manager first, then their own reporting line (from their profile, if they have one). */
export async function reportingLineOf(
  repos: Repositories,
  tenantId: string,
  userId: string,
  managerId: string | undefined,
): Promise<string[]> {
  if (!managerId) return [];
  const manager = await repos.people.getProfile(tenantId, managerId);
  const line = [managerId, ...(manager?.reportingLine ?? [])].filter((id) => id !== userId);
  return [...new Set(line)].slice(0, 20);
}
