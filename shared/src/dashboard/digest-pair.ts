import type { GoalDocument } from "../domain/goal";
import type { PairDocument } from "../domain/pair";
import type { SessionDocument } from "../domain/session";
import type { CheckInDocument } from "../rhythm/documents";
import { dashboardIds, type PairDigestDocument } from "./documents";
import { monthOf, weekOf } from "./periods";
import { partitionKeys } from "../domain/keys";

/** What of a pair's partition the dashboard reads. Notes and goal text are never looked at. */
export interface PairSource {
  pair: PairDocument;
  sessions: readonly Pick<SessionDocument, "sessionId" | "at" | "met" | "usefulness">[];
  goals: readonly Pick<GoalDocument, "milestones">[];
  checkIns: readonly Pick<CheckInDocument, "sessionId" | "met" | "usefulness">[];
}

/**
 * A pair's dashboard digest (pure, deterministic: the same partition always gives the same digest,
 * whatever the time).
 * A session counts as held when it was logged as met or either person's check-in says they met.
 * Usefulness: every check-in answer, plus the session's own rating where nobody checked in.
 * A goal is done when it has milestones and all are done.
 */
export function digestPair(source: PairSource): PairDigestDocument {
  const { pair } = source;
  const checkInsBySession = new Map<string, PairSource["checkIns"][number][]>();
  for (const c of source.checkIns)
    checkInsBySession.set(c.sessionId, [...(checkInsBySession.get(c.sessionId) ?? []), c]);

  const metByMonth: Record<string, number> = {};
  const metByWeek: Record<string, number> = {};
  const usefulness = [0, 0, 0, 0, 0];
  let lastMetAt: string | undefined;
  for (const s of source.sessions) {
    const answers = checkInsBySession.get(s.sessionId) ?? [];
    const met = s.met === true || answers.some((a) => a.met);
    if (met) {
      metByMonth[monthOf(s.at)] = (metByMonth[monthOf(s.at)] ?? 0) + 1;
      metByWeek[weekOf(s.at)] = (metByWeek[weekOf(s.at)] ?? 0) + 1;
      if (!lastMetAt || s.at > lastMetAt) lastMetAt = s.at;
    }
    const ratings = answers.length > 0 ? answers.map((a) => a.usefulness) : [s.usefulness];
    for (const r of ratings) if (r !== undefined) usefulness[r - 1] = (usefulness[r - 1] ?? 0) + 1;
  }
  // Check-ins for sessions that are not (or no longer) in the partition still count as answers.
  const sessionIds = new Set(source.sessions.map((s) => s.sessionId));
  for (const c of source.checkIns)
    if (!sessionIds.has(c.sessionId) && c.usefulness !== undefined)
      usefulness[c.usefulness - 1] = (usefulness[c.usefulness - 1] ?? 0) + 1;

  const milestones = source.goals.reduce((n, g) => n + g.milestones.length, 0);
  const milestonesDone = source.goals.reduce((n, g) => n + g.milestones.filter((m) => m.done).length, 0);
  const goalsDone = source.goals.filter(
    (g) => g.milestones.length > 0 && g.milestones.every((m) => m.done),
  ).length;
  const mentor = pair.members.find((m) => m.role === "mentor") ?? pair.members[0];
  const mentee = pair.members.find((m) => m.role === "mentee") ?? pair.members[1];
  const stopped = pair.status === "closed" || pair.status === "ended";
  return {
    id: dashboardIds.pair(pair.pairId),
    pk: partitionKeys.program(pair.tenantId, pair.programId),
    tenantId: pair.tenantId,
    type: "dashboardPair",
    programId: pair.programId,
    pairId: pair.pairId,
    mentorId: mentor?.userId ?? "",
    menteeId: mentee?.userId ?? "",
    status: pair.status,
    createdAt: pair.createdAt,
    ...(stopped ? { endedAt: pair.updatedAt } : {}),
    metByMonth,
    metByWeek,
    ...(lastMetAt ? { lastMetAt } : {}),
    usefulness,
    goals: source.goals.length,
    goalsDone,
    milestones,
    milestonesDone,
    updatedAt: pair.updatedAt,
  };
}

/** True when two digests say the same (ignoring Cosmos fields), so an unchanged digest is not rewritten. */
export function sameDigest(a: PairDigestDocument, b: PairDigestDocument): boolean {
  return stableJson(a) === stableJson(b);
}

const COSMOS_FIELDS = new Set(["_etag", "_rid", "_self", "_attachments", "_ts"]);

/** JSON with sorted keys and without Cosmos' own fields. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => !COSMOS_FIELDS.has(k))
            .sort(([x], [y]) => x.localeCompare(y)),
        )
      : v,
  );
}
