import { OUTCOME_RANGES, type ProgramDocument } from "../domain/program";
import { cadenceDays } from "../rhythm/cadence";
import type { CohortRollup, DashboardRollup, SurveyRollup } from "./rollup";
import { emptyCohort } from "./rollup";
import { suppressCells, type HiddenReason, type Relation } from "./suppression";
import type { DashboardQuery, DashboardView, Figure, KnowledgeRiskExact } from "./view";

const ALL = "all";
const PAIR_PARTS = ["active", "paused", "finished", "endedEarly"] as const;
const COUNTS = ["mentors", "mentees", "matchedMentees", "pairs", ...PAIR_PARTS, "quiet"] as const;
/** Goal counts are over the pairs that set goals: hidden with that group. */
const GOAL_COUNTS = ["goals", "goalsDone", "milestones", "milestonesDone"] as const;
const OUTCOME_LABELS: Record<string, string> = {
  "retention-12m": "Retention at 12 months",
  "internal-moves": "Internal moves",
  "time-to-productivity": "Time to productivity",
  satisfaction: "Satisfaction",
};

/** The program's cohorts merged into one (the "all cohorts" column). */
export function mergeCohorts(cohorts: readonly CohortRollup[], key = ALL): CohortRollup {
  const out = emptyCohort(key);
  const addRecord = (a: Record<string, number>, b: Record<string, number>) => {
    for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  };
  const addArray = (a: number[], b: number[]) => b.forEach((v, i) => (a[i] = (a[i] ?? 0) + v));
  const addSurvey = (a: SurveyRollup, b: SurveyRollup) => {
    a.responses += b.responses;
    a.usefulnessSum += b.usefulnessSum;
    a.goalProgressSum += b.goalProgressSum;
    addArray(a.satisfaction, b.satisfaction);
    addArray(a.recommend, b.recommend);
  };
  for (const c of cohorts) {
    for (const k of [...COUNTS, ...GOAL_COUNTS, "pairsWithGoals"] as const) out[k] += c[k];
    for (const k of [
      "daysToMatch",
      "meetingsByMonth",
      "pairsByMonth",
      "pairsByWeek",
      "meetingsByWeek",
    ] as const)
      addRecord(out[k], c[k]);
    addArray(out.usefulness, c.usefulness);
    addSurvey(out.midpoint, c.midpoint);
    addSurvey(out.final, c.final);
    for (const [group, g] of Object.entries(c.skillChange)) {
      const t = (out.skillChange[group] ??= { people: 0, claims: 0, change: 0 });
      t.people += g.people;
      t.claims += g.claims;
      t.change += g.change;
    }
  }
  return out;
}

const inRange = (period: string, q: DashboardQuery) =>
  (!q.from || period >= q.from.slice(0, period.length)) && (!q.to || period <= q.to.slice(0, period.length));

const npsGroups = (recommend: readonly number[]) => ({
  detractors: recommend.slice(0, 7).reduce((a, b) => a + b, 0),
  passives: (recommend[7] ?? 0) + (recommend[8] ?? 0),
  promoters: (recommend[9] ?? 0) + (recommend[10] ?? 0),
});

/**
 * Every count of every cohort and of "all", with the relations between them: each count of "all" is
 * the sum over cohorts; a cohort's pairs are active + paused + finished + ended early; its meetings are
 * the sum over weeks and over months; a histogram's buckets sum to its answers. Suppression runs on
 * this whole table at once, so no cohort filter, date range or CSV can be subtracted from another to
 * reveal a hidden group.
 */
function countTable(columns: readonly CohortRollup[], min: number) {
  const cells = new Map<string, number>();
  const relations: Relation[] = [];
  const alsoSmall: string[] = [];
  const set = (column: string, key: string, value: number) => cells.set(`${column}|${key}`, value);
  const keysOf = new Set<string>();
  for (const c of columns) {
    const k = (key: string, value: number) => {
      set(c.cohort, key, value);
      keysOf.add(key);
    };
    for (const key of [...COUNTS, ...GOAL_COUNTS, "pairsWithGoals"] as const) k(key, c[key]);
    if (c.pairsWithGoals < min) for (const key of GOAL_COUNTS) alsoSmall.push(`${c.cohort}|${key}`);
    const meetings = Object.values(c.meetingsByMonth).reduce((a, b) => a + b, 0);
    k("meetings", meetings);
    for (const [m, n] of Object.entries(c.meetingsByMonth)) k(`mm:${m}`, n);
    for (const [m, n] of Object.entries(c.pairsByMonth)) k(`pm:${m}`, n);
    for (const [w, n] of Object.entries(c.pairsByWeek)) k(`pw:${w}`, n);
    for (const [w, n] of Object.entries(c.meetingsByWeek)) k(`mw:${w}`, n);
    const useful = c.usefulness.reduce((a, b) => a + b, 0);
    k("useful", useful);
    c.usefulness.forEach((n, i) => k(`useful:${i + 1}`, n));
    for (const phase of ["midpoint", "final"] as const) {
      const s = c[phase];
      k(`${phase}`, s.responses);
      s.satisfaction.forEach((n, i) => k(`${phase}:sat:${i + 1}`, n));
      for (const [g, n] of Object.entries(npsGroups(s.recommend))) k(`${phase}:nps:${g}`, n);
    }
    for (const [group, g] of Object.entries(c.skillChange)) k(`skill:${group}`, g.people);
    const within = (total: string, parts: string[]) =>
      relations.push({ total: `${c.cohort}|${total}`, parts: parts.map((p) => `${c.cohort}|${p}`) });
    within("pairs", [...PAIR_PARTS]);
    within(
      "meetings",
      Object.keys(c.meetingsByMonth).map((m) => `mm:${m}`),
    );
    within(
      "meetings",
      Object.keys(c.meetingsByWeek).map((w) => `mw:${w}`),
    );
    within(
      "pairs",
      Object.keys(c.pairsByWeek).map((w) => `pw:${w}`),
    );
    within(
      "useful",
      [1, 2, 3, 4, 5].map((i) => `useful:${i}`),
    );
    for (const phase of ["midpoint", "final"]) {
      within(
        phase,
        [1, 2, 3, 4, 5].map((i) => `${phase}:sat:${i}`),
      );
      within(
        phase,
        ["detractors", "passives", "promoters"].map((g) => `${phase}:nps:${g}`),
      );
    }
  }
  const cohortKeys = columns.filter((c) => c.cohort !== ALL).map((c) => c.cohort);
  for (const key of keysOf)
    relations.push({ total: `${ALL}|${key}`, parts: cohortKeys.map((c) => `${c}|${key}`) });
  return { cells, relations, alsoSmall };
}

/**
 * The shared dashboard for one program (pure): every figure from the rollup, every group smaller
 * than the program's minimum hidden, with complementary suppression (see `countTable`). Means, rates
 * and medians are shown only over a visible group of at least the minimum. No names, no text.
 */
export function buildDashboardView(
  rollup: DashboardRollup,
  program: ProgramDocument,
  query: DashboardQuery,
  asOf: string,
): DashboardView {
  const min = program.minGroupSize;
  const all = mergeCohorts(rollup.cohorts);
  const columns = [...rollup.cohorts, all];
  const table = countTable(columns, min);
  const hidden = suppressCells(table.cells, table.relations, min, table.alsoSmall);
  const c =
    rollup.cohorts.find((x) => x.cohort === query.cohort) ??
    (query.cohort === ALL ? all : emptyCohort(query.cohort));
  const col = c.cohort;
  const fig = (key: string): Figure => {
    const id = `${col}|${key}`;
    const reason = hidden.get(id);
    return reason ? { hidden: reason } : { value: table.cells.get(id) ?? 0 };
  };
  const visible = (f: Figure) => f.hidden === undefined;
  /** A derived figure (mean, rate, median) over a group of `base`: none for 0, hidden below the minimum. */
  const over = (base: number, value: () => number): Figure =>
    base === 0 ? {} : base < min ? { hidden: "small" } : { value: value() };

  const months = Object.keys(c.pairsByMonth)
    .filter((m) => inRange(m, query))
    .sort();
  const monthly = months.map((month) => {
    const meetings = fig(`mm:${month}`);
    const pairs = fig(`pm:${month}`);
    const pairCount = c.pairsByMonth[month] ?? 0;
    const perPair: Figure =
      pairCount >= min && visible(meetings) && visible(pairs)
        ? { value: round1((c.meetingsByMonth[month] ?? 0) / pairCount) }
        : { hidden: pairCount === 0 ? "small" : (meetings.hidden ?? pairs.hidden ?? "small") };
    return {
      month,
      meetings: c.meetingsByMonth[month] === undefined ? { value: 0 } : meetings,
      pairs,
      perPair,
    };
  });
  const weeks = [...new Set([...Object.keys(c.pairsByWeek), ...Object.keys(c.meetingsByWeek)])]
    .filter((w) => inRange(w, query))
    .sort();
  const weekly = weeks.map((week) => ({
    week,
    pairsFormed: c.pairsByWeek[week] === undefined ? { value: 0 } : fig(`pw:${week}`),
    meetings: c.meetingsByWeek[week] === undefined ? { value: 0 } : fig(`mw:${week}`),
  }));
  const meetingsInRange = months.reduce((n, m) => n + (c.meetingsByMonth[m] ?? 0), 0);
  const pairMonths = months.reduce((n, m) => n + (c.pairsByMonth[m] ?? 0), 0);
  const runningPairs = c.pairs;
  // The rate over a part of the months would reveal a hidden month's meetings: it is shown only when
  // every month in the range shows its meetings (or the range is every month and the total shows).
  const everyMonth = months.length === Object.keys(c.pairsByMonth).length;
  const rangeRate = (): Figure => {
    const rate = over(runningPairs, () => (pairMonths === 0 ? 0 : round1(meetingsInRange / pairMonths)));
    if (rate.value === undefined) return rate;
    const hiddenMeetings = everyMonth
      ? fig("meetings").hidden
      : monthly.find((m) => m.meetings.hidden !== undefined)?.meetings.hidden;
    return hiddenMeetings ? { hidden: "withheld" } : rate;
  };
  const stopped = c.finished + c.endedEarly;
  const matchedDays = Object.entries(c.daysToMatch).flatMap(([d, n]) =>
    Array.from({ length: n }, () => Number(d)),
  );
  const usefulAnswers = c.usefulness.reduce((a, b) => a + b, 0);

  return {
    programId: program.programId,
    programName: program.name,
    minGroupSize: min,
    access: program.dashboardAccess,
    asOf,
    cohorts: rollup.cohorts.map((x) => x.cohort),
    filter: {
      cohort: query.cohort,
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    },
    participation: {
      mentors: fig("mentors"),
      mentees: fig("mentees"),
      matchedMentees: fig("matchedMentees"),
      pairs: fig("pairs"),
      activePairs: fig("active"),
      pausedPairs: fig("paused"),
      finishedPairs: fig("finished"),
      endedEarlyPairs: fig("endedEarly"),
      quietPairs: fig("quiet"),
      medianDaysToMatch: over(matchedDays.length, () => median(matchedDays)),
      meetingsHeld: fig("meetings"),
      meetingsPerPairPerMonth: rangeRate(),
      expectedMeetingsPerMonth: expectedPerMonth(program),
      completionRate: over(stopped, () => Math.round((c.finished / stopped) * 100)),
      monthly,
      weekly,
      mentorRetention: retentionRows(rollup, query, min),
    },
    outcomes: {
      goals: fig("goals"),
      goalsDone: fig("goalsDone"),
      milestones: fig("milestones"),
      milestonesDone: fig("milestonesDone"),
      usefulness: {
        answers: fig("useful"),
        mean: over(usefulAnswers, () =>
          round1(c.usefulness.reduce((s, n, i) => s + n * (i + 1), 0) / usefulAnswers),
        ),
        distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: fig(`useful:${score}`) })),
      },
      surveys: (["midpoint", "final"] as const).map((phase) => {
        const s = c[phase];
        const responses = fig(phase);
        const mean = (sum: number) => over(s.responses, () => round1(sum / s.responses));
        const g = npsGroups(s.recommend);
        return {
          phase,
          responses,
          satisfaction: mean(s.satisfaction.reduce((a, n, i) => a + n * (i + 1), 0)),
          usefulness: mean(s.usefulnessSum),
          goalProgress: mean(s.goalProgressSum),
          nps: over(s.responses, () => Math.round(((g.promoters - g.detractors) / s.responses) * 100)),
          distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: fig(`${phase}:sat:${score}`) })),
          groups: (["detractors", "passives", "promoters"] as const).map((group) => ({
            group,
            count: fig(`${phase}:nps:${group}`),
          })),
        };
      }),
      skillChange: Object.entries(c.skillChange)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([group, g]) => ({
          group,
          people: fig(`skill:${group}`),
          meanChange: over(g.people, () => round1(g.change / Math.max(1, g.claims))),
        })),
      owner: (program.outcomes ?? []).flatMap((o) =>
        o.baseline === undefined
          ? []
          : [
              {
                metric: o.kind,
                label: OUTCOME_LABELS[o.kind] ?? o.kind,
                unit: OUTCOME_RANGES[o.kind].unit,
                baseline: o.baseline,
                ...(o.participants !== undefined ? { participants: o.participants } : {}),
              },
            ],
      ),
    },
    knowledgeRisk: { skills: knowledgeRows(rollup, program) },
  };
}

function knowledgeRows(
  rollup: DashboardRollup,
  program: ProgramDocument,
): DashboardView["knowledgeRisk"]["skills"] {
  const min = program.minGroupSize;
  const count = (n: number): Figure => (n > 0 && n < min ? { hidden: "small" } : { value: n });
  return rollup.knowledge.flatMap((k) => {
    const skill = program.skills.find((s) => s.id === k.skillId);
    if (!skill) return [];
    const mentors = count(k.mentors);
    const demand = count(k.demand);
    // Supply is a sum of mentors' capacities: shown only over a visible group of mentors.
    const supply: Figure = mentors.hidden ? { hidden: "small" } : { value: k.supply };
    const gap: Figure =
      demand.hidden || supply.hidden ? { hidden: "withheld" } : { value: k.demand - k.supply };
    return [
      {
        skillId: skill.id,
        name: skill.name,
        group: skill.group,
        holders: count(k.holders),
        mentors,
        learning: count(k.learning),
        demand,
        supply,
        gap,
        atRisk: k.holders < min,
      },
    ];
  });
}

/** Exact knowledge-risk counts for owners (their console only, never the shared dashboard). */
export function exactKnowledgeRisk(
  rollup: DashboardRollup,
  program: ProgramDocument,
  asOf: string,
): KnowledgeRiskExact {
  return {
    programId: program.programId,
    asOf,
    skills: rollup.knowledge.flatMap((k) => {
      const skill = program.skills.find((s) => s.id === k.skillId);
      return skill ? [{ ...k, name: skill.name, group: skill.group, singlePoint: k.holders <= 1 }] : [];
    }),
  };
}

function retentionRows(
  rollup: DashboardRollup,
  query: DashboardQuery,
  min: number,
): DashboardView["participation"]["mentorRetention"] {
  return rollup.retention
    .filter((r) => query.cohort === ALL || r.from === query.cohort)
    .map((r) => ({
      from: r.from,
      to: r.to,
      mentors: r.mentors > 0 && r.mentors < min ? { hidden: "small" as const } : { value: r.mentors },
      retainedPercent:
        r.mentors === 0
          ? { value: 0 }
          : r.mentors < min
            ? { hidden: "small" as const }
            : { value: Math.round((r.retained / r.mentors) * 100) },
    }));
}

/** Meetings per pair per month the cadence asks for (milestone pairs: the program's minimum). */
export function expectedPerMonth(
  program: Pick<ProgramDocument, "cadence" | "minimumMeetingsPerMonth">,
): number {
  const days = cadenceDays(program.cadence);
  return days === undefined ? program.minimumMeetingsPerMonth : round1(30.44 / days);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The median of whole numbers (the lower middle of an even count). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

export type { HiddenReason };
