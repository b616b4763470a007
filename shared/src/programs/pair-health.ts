import { z } from "zod";
import type { ActionItemDocument } from "../domain/action-item";
import type { AgreementDocument } from "../domain/agreement";
import { cadence, documentBase, entityId, isoDate, isoInstant, type Cadence } from "../domain/common";
import { pairMember, pairStatus, type PairDocument, type PairMember, type PairStatus } from "../domain/pair";
import type { ProgramStatus } from "../domain/program";
import type { SessionDocument } from "../domain/session";
import { DAY_MS, cadenceDays, quietBaseDays } from "../rhythm/cadence";

/**
 * A pair's status for its program's owners, kept in the program partition (`pairstatus:{pairId}`)
 * and rewritten from the pair's partition after every write to the pair, so pair health is one
 * single-partition query. Status only: names, dates and counts — never a note, goal, session
 * text, survey answer or lesson.
 */
export const pairStatusDocument = documentBase.extend({
  type: z.literal("pairStatus"),
  programId: entityId,
  pairId: entityId,
  members: z.array(pairMember).length(2),
  state: pairStatus,
  matchedAt: isoInstant,
  agreementConfirmed: z.boolean(),
  cadence,
  /** Sessions that happened (not cancelled, not in the future at the time of the write). */
  meetingsHeld: z.number().int().min(0).max(10_000),
  lastMeetingAt: isoInstant.optional(),
  /** The next planned session, if one is in the future at the time of the write. */
  nextMeetingAt: isoInstant.optional(),
  /** Due dates of open action items (counted as overdue at read time). */
  openActionDueDates: z.array(isoDate).max(500),
  /** How many members answered the chemistry check (never what). */
  chemistryAnswered: z.number().int().min(0).max(2),
  closedAt: isoInstant.optional(),
  updatedAt: isoInstant,
});
export type PairStatusDocument = z.infer<typeof pairStatusDocument>;

export const pairStatusId = (pairId: string) => `pairstatus:${pairId}`;

export interface PairStatusSource {
  pair: PairDocument;
  agreement?: AgreementDocument | null | undefined;
  sessions: readonly SessionDocument[];
  actionItems: readonly ActionItemDocument[];
  /** Members who answered the chemistry check. */
  chemistryAnsweredBy: readonly string[];
  programCadence?: Cadence | undefined;
}

/** Builds the projection from what the pair's partition holds (pure). `pk` is the program partition. */
export function projectPairStatus(src: PairStatusSource, pk: string, now: Date): PairStatusDocument {
  const { pair } = src;
  const t = now.getTime();
  const held = src.sessions
    .filter((s) => s.met !== false && Date.parse(s.at) <= t)
    .sort((a, b) => a.at.localeCompare(b.at));
  const next = src.sessions.filter((s) => Date.parse(s.at) > t).sort((a, b) => a.at.localeCompare(b.at))[0];
  const members = pair.members.map((m) => m.userId);
  const last = held.at(-1);
  return {
    id: pairStatusId(pair.pairId),
    pk,
    tenantId: pair.tenantId,
    type: "pairStatus",
    programId: pair.programId,
    pairId: pair.pairId,
    members: pair.members.map((m: PairMember) => ({
      userId: m.userId,
      role: m.role,
      displayName: m.displayName,
    })),
    state: pair.status,
    matchedAt: pair.createdAt,
    agreementConfirmed: src.agreement?.status === "confirmed",
    cadence: src.agreement?.terms.meetingFrequency ?? src.programCadence ?? "biweekly",
    meetingsHeld: held.length,
    ...(last ? { lastMeetingAt: last.at } : {}),
    ...(next ? { nextMeetingAt: next.at } : {}),
    openActionDueDates: src.actionItems
      .filter((a) => !a.done && a.dueDate)
      .map((a) => a.dueDate as string)
      .sort()
      .slice(0, 500),
    chemistryAnswered: new Set(src.chemistryAnsweredBy.filter((id) => members.includes(id))).size,
    ...(pair.closedAt ? { closedAt: pair.closedAt } : {}),
    updatedAt: now.toISOString(),
  };
}

export type PairHealth = "on-track" | "quiet" | "at-risk" | "finished";

/** One row of pair health, as owners see it. */
export interface PairHealthRow {
  pairId: string;
  state: PairStatus;
  mentor: { userId: string; displayName: string };
  mentee: { userId: string; displayName: string };
  matchedAt: string;
  agreementConfirmed: boolean;
  lastMeetingAt: string | null;
  meetingsHeld: number;
  /** Meetings the cadence asks for since the match (null for milestone-based pairs). */
  meetingsExpected: number | null;
  cadence: Cadence;
  overdueActionItems: number;
  /** Both members answered the chemistry check. */
  chemistryAnswered: boolean;
  health: PairHealth;
}

export interface PairHealthView {
  programId: string;
  programName: string;
  /** Where the program stands (it moves with the cycle: closing, then closed). */
  programStatus: ProgramStatus;
  /** Evergreen programs never close. */
  evergreen: boolean;
  closedAt: string | null;
  pairs: PairHealthRow[];
}

/**
 * Reads a projection at `now` (UTC date `today` for due dates): meetings expected by the cadence,
 * overdue items, and quiet (no meeting for twice the cadence) / at risk (three times, or three or
 * more overdue items). Pairs out of the cycle are "finished".
 */
export function pairHealthRow(doc: PairStatusDocument, now: Date): PairHealthRow {
  const t = now.getTime();
  const today = now.toISOString().slice(0, 10);
  const every = cadenceDays(doc.cadence);
  const since = Math.max(0, t - Date.parse(doc.matchedAt));
  const overdue = doc.openActionDueDates.filter((d) => d < today).length;
  const base = doc.lastMeetingAt ? Date.parse(doc.lastMeetingAt) : Date.parse(doc.matchedAt);
  const quiet = quietBaseDays(doc.cadence) * DAY_MS;
  const planned = doc.nextMeetingAt !== undefined && Date.parse(doc.nextMeetingAt) > t;
  const live = doc.state === "active" || doc.state === "paused" || doc.state === "closing";
  const gap = t - base;
  const health: PairHealth = !live
    ? "finished"
    : (!planned && gap > 3 * quiet) || overdue >= 3
      ? "at-risk"
      : !planned && gap > 2 * quiet
        ? "quiet"
        : "on-track";
  const who = (role: "mentor" | "mentee") => {
    const m = doc.members.find((x) => x.role === role) ?? doc.members[0];
    return { userId: m?.userId ?? "", displayName: m?.displayName ?? "" };
  };
  return {
    pairId: doc.pairId,
    state: doc.state,
    mentor: who("mentor"),
    mentee: who("mentee"),
    matchedAt: doc.matchedAt,
    agreementConfirmed: doc.agreementConfirmed,
    lastMeetingAt: doc.lastMeetingAt ?? null,
    meetingsHeld: doc.meetingsHeld,
    meetingsExpected: every ? Math.floor(since / (every * DAY_MS)) : null,
    cadence: doc.cadence,
    overdueActionItems: overdue,
    chemistryAnswered: doc.chemistryAnswered >= 2,
    health,
  };
}

const ORDER: Record<PairHealth, number> = { "at-risk": 0, quiet: 1, "on-track": 2, finished: 3 };

/** Rows most in need of attention first, then by mentee name. */
export function pairHealthRows(docs: readonly PairStatusDocument[], now: Date): PairHealthRow[] {
  return docs
    .map((d) => pairHealthRow(d, now))
    .sort(
      (a, b) => ORDER[a.health] - ORDER[b.health] || a.mentee.displayName.localeCompare(b.mentee.displayName),
    );
}
