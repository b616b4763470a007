import {
  partitionKeys,
  type PairHistoryDocument,
  type PairStatusDocument,
  type SeatsDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";

type ProgramPairDoc = PairStatusDocument | SeatsDocument | PairHistoryDocument;

/** The program partition's pair projections, and the ids of every pair it knows (two queries). */
export async function loadProgramPairs(
  repos: Repositories,
  tenantId: string,
  programId: string,
): Promise<{ projections: PairStatusDocument[]; pairIds: string[] }> {
  const [docs, roster] = await Promise.all([
    repos.store.queryPartition<ProgramPairDoc>(
      tenantId,
      partitionKeys.program(tenantId, programId),
      "c.type IN ('pairStatus', 'matchSeats', 'pairHistory')",
    ),
    repos.reminders.roster(tenantId),
  ]);
  const ids = new Set<string>();
  const projections: PairStatusDocument[] = [];
  for (const d of docs) {
    if (d.type === "pairStatus") {
      projections.push(d);
      ids.add(d.pairId);
    } else if (d.type === "pairHistory") ids.add(d.pairId);
    else {
      for (const id of d.mentorPairIds) ids.add(id);
      if (d.menteePairId) ids.add(d.menteePairId);
    }
  }
  for (const r of roster) if (r.programId === programId) ids.add(r.pairId);
  return { projections, pairIds: [...ids].sort() };
}

/** Every pair id of the program: projections, live seats, ended pairs and the reminder roster. */
export async function programPairIds(repos: Repositories, tenantId: string, programId: string) {
  return (await loadProgramPairs(repos, tenantId, programId)).pairIds;
}
