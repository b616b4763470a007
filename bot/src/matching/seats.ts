import type { MatchingRepository } from "../data/matching-repository";
import { matchingIds, type SeatsDocument } from "@baton/shared";
import { retryOnConflict } from "../data/retry-on-conflict";

export type SeatOutcome = { ok: true } | { ok: false; reason: "mentee-has-mentor" | "mentor-full" };

/**
 * Changes one person's seats with their ETag (create when absent), retrying a lost race: two
 * approvals or a request accepted at the same moment can never both take the last place.
 */
async function change(
  repo: MatchingRepository,
  key: { tenantId: string; programId: string; userId: string },
  now: string,
  edit: (seats: SeatsDocument) => SeatsDocument | "unchanged" | "refused",
): Promise<"done" | "refused"> {
  return retryOnConflict(async () => {
    const current = await repo.getSeats(key.tenantId, key.programId, key.userId);
    const base: SeatsDocument = current ?? {
      id: matchingIds.seats(key.userId),
      pk: repo.pk(key.tenantId, key.programId),
      tenantId: key.tenantId,
      type: "matchSeats",
      programId: key.programId,
      userId: key.userId,
      mentorPairIds: [],
      updatedAt: now,
    };
    const next = edit(base);
    if (next === "refused") return "refused";
    if (next === "unchanged") return "done";
    if (current?._etag) await repo.replace({ ...next, updatedAt: now }, current._etag);
    else await repo.create({ ...next, updatedAt: now });
    return "done" as const;
  });
}

/** Takes the mentee's place and one of the mentor's; all or nothing. Repeating it is a no-op. */
export async function reserveSeats(
  repo: MatchingRepository,
  p: {
    tenantId: string;
    programId: string;
    menteeId: string;
    mentorId: string;
    pairId: string;
    capacity: number;
  },
  now: string,
): Promise<SeatOutcome> {
  const mentee = await change(repo, { ...p, userId: p.menteeId }, now, (s) => {
    if (s.menteePairId === p.pairId) return "unchanged";
    if (s.menteePairId) return "refused";
    return { ...s, menteePairId: p.pairId };
  });
  if (mentee === "refused") return { ok: false, reason: "mentee-has-mentor" };
  const mentor = await change(repo, { ...p, userId: p.mentorId }, now, (s) => {
    if (s.mentorPairIds.includes(p.pairId)) return "unchanged";
    if (s.mentorPairIds.length >= Math.min(3, p.capacity)) return "refused";
    return { ...s, mentorPairIds: [...s.mentorPairIds, p.pairId] };
  });
  if (mentor === "refused") {
    await releaseSeats(repo, { ...p }, now);
    return { ok: false, reason: "mentor-full" };
  }
  return { ok: true };
}

/** Gives both places back (a pair that ended). Safe to repeat. */
export async function releaseSeats(
  repo: MatchingRepository,
  p: { tenantId: string; programId: string; menteeId: string; mentorId: string; pairId: string },
  now: string,
): Promise<void> {
  await change(repo, { ...p, userId: p.menteeId }, now, (s) => {
    if (s.menteePairId !== p.pairId) return "unchanged";
    const { menteePairId: _gone, ...rest } = s;
    return rest;
  });
  await change(repo, { ...p, userId: p.mentorId }, now, (s) =>
    s.mentorPairIds.includes(p.pairId)
      ? { ...s, mentorPairIds: s.mentorPairIds.filter((id) => id !== p.pairId) }
      : "unchanged",
  );
}
