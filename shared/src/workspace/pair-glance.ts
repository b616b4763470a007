import type { Cadence } from "../domain/common";
import { cadenceDays } from "../rhythm/cadence";

/** What the at-a-glance summary reads: a pair's agreement, sessions, goals and action items. */
export interface PairGlanceInput {
  /** The agreed cadence and start date; absent before an agreement exists. */
  agreement?: { meetingFrequency: Cadence; startDate: string } | null;
  /** Logged sessions: `at` an ISO instant; `met` false for a session that did not happen. */
  sessions: readonly { at: string; met?: boolean }[];
  goals: readonly { goalId: string; title: string; milestones: readonly { done: boolean }[] }[];
  /** `dueDate` an ISO date (yyyy-mm-dd). */
  actionItems: readonly { done: boolean; dueDate?: string | undefined }[];
}

export interface PairGlance {
  /**
   * When the next session is due from the agreed cadence: the last session that happened plus the
   * cadence's days (or the agreement's start), as an ISO date; `overdue` when that day has passed.
   * Null for milestone-based pairs and pairs without an agreement.
   */
  nextSession: { date: string; overdue: boolean } | null;
  /** Sessions that happened in today's calendar month. */
  meetingsThisMonth: number;
  /** Sessions the cadence asks for in a month (weekly 4, every two weeks 2, monthly 1); null if none. */
  expectedPerMonth: number | null;
  /** Each goal's milestones done, in the order given; `percent` 0–100. */
  goals: { goalId: string; title: string; done: number; total: number; percent: number }[];
  openActions: number;
  overdueActions: number;
}

const expected: Record<Cadence, number | null> = { weekly: 4, biweekly: 2, monthly: 1, milestone: null };

/** Adds whole days to an ISO date (UTC calendar arithmetic, no time zone involved). */
function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A pair's state at a glance (issue 16): next session from the cadence, meetings this month against
 * it, each goal's progress, open and overdue action items. Pure: `today` is the viewer's local date
 * (yyyy-mm-dd) and each session's day is read from its ISO instant (UTC), so a session logged near
 * midnight may count for the neighbouring day.
 */
export function pairGlance(input: PairGlanceInput, today: string): PairGlance {
  const month = today.slice(0, 7);
  const held = input.sessions.filter((s) => s.met !== false).map((s) => s.at.slice(0, 10));
  const last = held.reduce<string | undefined>((a, b) => (a && a > b ? a : b), undefined);
  const cadence = input.agreement?.meetingFrequency;
  const days = cadence ? cadenceDays(cadence) : undefined;
  let nextSession: PairGlance["nextSession"] = null;
  if (input.agreement && days !== undefined) {
    const date = last ? addDays(last, days) : input.agreement.startDate;
    nextSession = { date, overdue: date < today };
  }
  const open = input.actionItems.filter((i) => !i.done);
  return {
    nextSession,
    meetingsThisMonth: held.filter((day) => day.startsWith(month)).length,
    expectedPerMonth: cadence ? expected[cadence] : null,
    goals: input.goals.map((g) => {
      const done = g.milestones.filter((m) => m.done).length;
      const total = g.milestones.length;
      // As goalProgress: a goal without milestones counts as 0 until it has some.
      return {
        goalId: g.goalId,
        title: g.title,
        done,
        total,
        percent: total ? Math.round((done / total) * 100) : 0,
      };
    }),
    openActions: open.length,
    overdueActions: open.filter((i) => i.dueDate !== undefined && i.dueDate < today).length,
  };
}
