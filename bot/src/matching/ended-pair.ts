import { matchingIds, type PairDocument, type PairHistoryDocument } from "@baton/shared";
import type { MatchingRepository } from "../data/matching-repository";
import { releaseSeats } from "./seats";

/**
 * What ending a pair means for matching, wherever it ends (a "not a fit" chemistry check, closing,
 * leaving): the pair is remembered in the program's `pairHistory` (so matching and the mentor
 * directory never propose it again) and both people's seats are released. Repeating it is a no-op.
 * `at`: ISO time the pair ended.
 */
export async function recordEndedPair(
  repo: MatchingRepository,
  pair: PairDocument,
  at: string,
): Promise<void> {
  const mentee = pair.members.find((m) => m.role === "mentee")?.userId ?? "";
  const mentor = pair.members.find((m) => m.role === "mentor")?.userId ?? "";
  const history: PairHistoryDocument = {
    id: matchingIds.pairHistory(mentee, mentor),
    pk: repo.pk(pair.tenantId, pair.programId),
    tenantId: pair.tenantId,
    type: "pairHistory",
    programId: pair.programId,
    menteeId: mentee,
    mentorId: mentor,
    pairId: pair.pairId,
    endedAt: at,
  };
  await repo.upsert(history);
  await releaseSeats(
    repo,
    {
      tenantId: pair.tenantId,
      programId: pair.programId,
      menteeId: mentee,
      mentorId: mentor,
      pairId: pair.pairId,
    },
    at,
  );
}
