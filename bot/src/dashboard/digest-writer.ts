import { digestPair, sameDigest } from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { DashboardRepository } from "./dashboard-repository";

/**
 * Rebuilds one pair's digest from its partition and stores it in the program partition. Returns the
 * program id (undefined when the pair does not exist).
 *
 * Correct under repetition and races: the digest is a pure function of the pair's partition, so
 * writing it twice changes nothing; the existing digest is read (with its ETag) *before* the pair's
 * partition, so a writer that read older data loses its conditional write (412/409) and starts over
 * with fresh data, and the last digest written always reflects a read made after the last change.
 */
export async function refreshDigest(
  repo: DashboardRepository,
  tenantId: string,
  pairId: string,
  knownProgramId?: string,
): Promise<string | undefined> {
  let programId = knownProgramId;
  for (let attempt = 0; attempt < 6; attempt++) {
    if (!programId) {
      programId = (await repo.pairSource(tenantId, pairId))?.pair.programId;
      if (!programId) return undefined;
    }
    const existing = await repo.getDigest(tenantId, programId, pairId);
    const source = await repo.pairSource(tenantId, pairId);
    if (!source) return undefined;
    if (source.pair.programId !== programId) {
      programId = source.pair.programId;
      continue;
    }
    const digest = digestPair(source);
    if (existing && sameDigest(existing, digest)) return programId;
    try {
      if (existing?._etag) await repo.replaceDigest(digest, existing._etag);
      else await repo.createDigest(digest);
      return programId;
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  throw new Error(`The dashboard digest of pair ${pairId} kept changing; the next reconcile rebuilds it.`);
}
