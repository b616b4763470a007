import type { ActionItemDocument } from "../domain/action-item";
import type { AgreementDocument } from "../domain/agreement";
import type { Cadence } from "../domain/common";
import type { PairDocument } from "../domain/pair";
import type { ProfileDocument } from "../domain/profile";
import type { ProgramDocument } from "../domain/program";
import type { ReminderKind, ReminderSubject } from "../domain/reminder";
import type { SessionDocument } from "../domain/session";
import { DAY_MS, cadenceDays, quietBaseDays } from "./cadence";
import { isPaused } from "./participation";
import { programWindow } from "./program-window";
import { safeTimeZone, startOfLocalDay } from "./working-hours";

/** Everything the planner knows about one pair at one moment. */
export interface PairSnapshot {
  pair: PairDocument;
  agreement?: AgreementDocument | undefined;
  program?: ProgramDocument | undefined;
  sessions: SessionDocument[];
  actionItems: ActionItemDocument[];
  /** `${sessionId}:${userId}` of the check-ins already answered. */
  checkIns: Set<string>;
  /** Profiles of the members (and of the program owners, for their status). */
  people: Map<string, Pick<ProfileDocument, "timeZone" | "status" | "pausedUntil" | "displayName">>;
}

export interface DueWork {
  kind: ReminderKind;
  recipientId: string;
  pairId: string;
  dueAt: Date;
  key: string;
  subject: ReminderSubject;
}

export interface DueOptions {
  /** Derive chemistry checks (the matching feature provides their content). */
  chemistryCheck?: boolean;
}

/** How long after it became due an item is still worth sending (so old data never floods anyone). */
export const MAX_AGE_DAYS: Record<ReminderKind, number> = {
  "session-due": 14,
  "check-in": 14,
  "action-due": 2,
  "action-overdue": 30,
  "quiet-pair": 60,
  escalation: 60,
  "chemistry-check": 14,
  "midpoint-survey": 21,
  "final-survey": 21,
  "wrap-up": 21,
};

export const CHECK_IN_KINDS: readonly ReminderKind[] = ["check-in"];

const held = (s: SessionDocument, now: Date) => s.met !== false && Date.parse(s.at) <= now.getTime();

export function pairCadence(snapshot: PairSnapshot): Cadence {
  return snapshot.agreement?.terms.meetingFrequency ?? snapshot.program?.cadence ?? "biweekly";
}

/**
 * The reminders the data says are due at `now` for one pair: pure, deterministic, and keyed so that
 * the same situation always yields the same idempotency key.
 */
export function dueWork(snapshot: PairSnapshot, now: Date, options: DueOptions = {}): DueWork[] {
  const { pair } = snapshot;
  if (pair.status === "closing") return closingWork(snapshot, now);
  if (pair.status !== "active") return [];
  const out: DueWork[] = [];
  const t = now.getTime();
  const members = pair.members;
  const partnerOf = (id: string) => members.find((m) => m.userId !== id)?.displayName ?? "your partner";
  const reachable = (id: string) => {
    const p = snapshot.people.get(id);
    return !p || (p.status !== "left" && !isPaused(p, now));
  };
  const push = (w: DueWork) => {
    if (w.dueAt.getTime() > t) return;
    if (t - w.dueAt.getTime() > MAX_AGE_DAYS[w.kind] * DAY_MS) return;
    if (!reachable(w.recipientId)) return;
    out.push(w);
  };

  const cadence = pairCadence(snapshot);
  const sessions = [...snapshot.sessions].sort((a, b) => a.at.localeCompare(b.at));
  const last = [...sessions].reverse().find((s) => held(s, now));
  const planned = sessions.some((s) => Date.parse(s.at) > t);
  const startedAt = snapshot.agreement?.terms.startDate
    ? Date.parse(`${snapshot.agreement.terms.startDate}T00:00:00.000Z`)
    : Date.parse(pair.createdAt);
  const base = last ? Date.parse(last.at) : Math.max(startedAt, Date.parse(pair.createdAt));
  const baseId = last ? last.sessionId : "start";
  const lastMet = last ? last.at : "";

  // Quiet pair, then the program owner one cadence later. Status only: names and dates, never content.
  const quiet = quietBaseDays(cadence) * DAY_MS;
  if (!planned) {
    for (const m of members)
      push({
        kind: "quiet-pair",
        recipientId: m.userId,
        pairId: pair.pairId,
        dueAt: new Date(base + 2 * quiet),
        key: `quiet:${pair.pairId}:${baseId}:${m.userId}`,
        subject: { partnerName: partnerOf(m.userId), lastMet },
      });
    for (const ownerId of snapshot.program?.ownerIds ?? []) {
      if (members.some((m) => m.userId === ownerId)) continue;
      push({
        kind: "escalation",
        recipientId: ownerId,
        pairId: pair.pairId,
        dueAt: new Date(base + 3 * quiet),
        key: `escalation:${pair.pairId}:${baseId}:${ownerId}`,
        subject: {
          pairNames: members.map((m) => m.displayName).join(" and "),
          lastMet,
          programName: snapshot.program?.name ?? "",
        },
      });
    }
  }

  // A session is due per the agreed cadence: remind a day before, until the pair counts as quiet.
  const every = cadenceDays(cadence);
  if (every && !planned && t < base + 2 * quiet) {
    for (const m of members)
      push({
        kind: "session-due",
        recipientId: m.userId,
        pairId: pair.pairId,
        dueAt: new Date(base + (every - 1) * DAY_MS),
        key: `session-due:${pair.pairId}:${baseId}:${m.userId}`,
        subject: { partnerName: partnerOf(m.userId), dueOn: new Date(base + every * DAY_MS).toISOString() },
      });
  }

  // Check-in after a session's time, for each member who has not answered.
  for (const s of sessions) {
    if (s.met !== undefined) continue;
    const end = Date.parse(s.at) + s.durationMinutes * 60_000;
    for (const m of members) {
      if (snapshot.checkIns.has(`${s.sessionId}:${m.userId}`)) continue;
      push({
        kind: "check-in",
        recipientId: m.userId,
        pairId: pair.pairId,
        dueAt: new Date(end),
        key: `check-in:${pair.pairId}:${s.sessionId}:${m.userId}`,
        subject: { sessionId: s.sessionId, at: s.at, partnerName: partnerOf(m.userId) },
      });
    }
  }

  // Action items due tomorrow (in the owner's zone), and once when overdue.
  for (const a of snapshot.actionItems) {
    if (a.done || !a.dueDate || !members.some((m) => m.userId === a.ownerId)) continue;
    const zone = safeTimeZone(snapshot.people.get(a.ownerId)?.timeZone);
    const overdueFrom = startOfLocalDay(a.dueDate, zone, 1);
    const subject = {
      actionItemId: a.actionItemId,
      title: a.title,
      dueDate: a.dueDate,
      partnerName: partnerOf(a.ownerId),
    };
    if (t < overdueFrom.getTime())
      push({
        kind: "action-due",
        recipientId: a.ownerId,
        pairId: pair.pairId,
        dueAt: startOfLocalDay(a.dueDate, zone, -1),
        key: `action-due:${pair.pairId}:${a.actionItemId}:${a.dueDate}`,
        subject,
      });
    else
      push({
        kind: "action-overdue",
        recipientId: a.ownerId,
        pairId: pair.pairId,
        dueAt: overdueFrom,
        key: `action-overdue:${pair.pairId}:${a.actionItemId}:${a.dueDate}`,
        subject,
      });
  }

  // Chemistry check: after the first session or 14 days, whichever comes first (content: matching).
  if (options.chemistryCheck) {
    const first = sessions.find((s) => held(s, now));
    const afterFirst = first ? Date.parse(first.at) + first.durationMinutes * 60_000 : Infinity;
    const dueAt = new Date(Math.min(afterFirst, Date.parse(pair.createdAt) + 14 * DAY_MS));
    for (const m of members)
      push({
        kind: "chemistry-check",
        recipientId: m.userId,
        pairId: pair.pairId,
        dueAt,
        key: `chemistry:${pair.pairId}:${m.userId}`,
        subject: { partnerName: partnerOf(m.userId), programId: pair.programId },
      });
  }

  // Midpoint and end-of-cycle surveys at 50 % and 100 % of the program; the wrap-up two weeks before the end.
  const window = snapshot.program ? programWindow(snapshot.program) : undefined;
  if (window) {
    const span = window.end - window.start;
    const phases = [
      ["midpoint-survey", "midpoint", window.start + span / 2],
      ["final-survey", "final", window.end],
    ] as const;
    for (const m of members) {
      for (const [kind, phase, at] of phases)
        push({
          kind,
          recipientId: m.userId,
          pairId: pair.pairId,
          dueAt: new Date(at),
          key: `survey:${pair.programId}:${phase}:${pair.pairId}:${m.userId}`,
          subject: { programId: pair.programId, phase, partnerName: partnerOf(m.userId) },
        });
      push({
        kind: "wrap-up",
        recipientId: m.userId,
        pairId: pair.pairId,
        dueAt: new Date(Math.max(window.start + span * 0.75, window.end - 14 * DAY_MS)),
        key: `wrap-up:${pair.pairId}:${m.userId}`,
        subject: { partnerName: partnerOf(m.userId), endsOn: new Date(window.end).toISOString() },
      });
    }
  }

  return out;
}

/**
 * A closing pair (closed early or at cohort end) gets the wrap-up prompt and the end survey as soon
 * as closing starts, under the same keys as the scheduled ones: a pair that already had them never
 * gets them twice. Nothing else is due while it closes.
 */
function closingWork(snapshot: PairSnapshot, now: Date): DueWork[] {
  const { pair } = snapshot;
  const startedAt = pair.closing ? Date.parse(pair.closing.startedAt) : NaN;
  if (!pair.closing || Number.isNaN(startedAt) || startedAt > now.getTime()) return [];
  const dueAt = new Date(startedAt);
  const partnerOf = (id: string) => pair.members.find((m) => m.userId !== id)?.displayName ?? "your partner";
  const out: DueWork[] = [];
  for (const m of pair.members) {
    const p = snapshot.people.get(m.userId);
    if (p && (p.status === "left" || isPaused(p, now))) continue;
    out.push(
      {
        kind: "wrap-up",
        recipientId: m.userId,
        pairId: pair.pairId,
        dueAt,
        key: `wrap-up:${pair.pairId}:${m.userId}`,
        subject: { partnerName: partnerOf(m.userId), endsOn: pair.closing.closesBy, closing: "yes" },
      },
      {
        kind: "final-survey",
        recipientId: m.userId,
        pairId: pair.pairId,
        dueAt,
        key: `survey:${pair.programId}:final:${pair.pairId}:${m.userId}`,
        subject: { programId: pair.programId, phase: "final", partnerName: partnerOf(m.userId) },
      },
    );
  }
  return out.filter((w) => now.getTime() - w.dueAt.getTime() <= MAX_AGE_DAYS[w.kind] * DAY_MS);
}
