import { z } from "zod";
import { entityId } from "../domain/common";
import type { ProgramDocument } from "../domain/program";
import type { EnrolmentDocument } from "../intake/intake-documents";
import type { SurveyResponseDocument } from "../rhythm/documents";
import { quietBaseDays } from "../rhythm/cadence";
import type { PairDigestDocument } from "./documents";
import { cohortOf, daysBetween, monthsBetween, weekOf } from "./periods";

const counts = z.record(z.string(), z.number().int().min(0));
const histogram = (length: number) => z.array(z.number().int().min(0)).length(length);

export const surveyRollup = z.object({
  responses: z.number().int().min(0),
  /** Satisfaction answers 1..5 (index 0 = score 1). */
  satisfaction: histogram(5),
  usefulnessSum: z.number().int().min(0),
  goalProgressSum: z.number().int().min(0),
  /** Recommendation answers 0..10. */
  recommend: histogram(11),
});
export type SurveyRollup = z.infer<typeof surveyRollup>;

export const skillChangeRollup = z.object({
  /** Mentees counted (the group the mean is over). */
  people: z.number().int().min(0),
  /** Skill claims compared. */
  claims: z.number().int().min(0),
  /** Sum of (level now − level at intake) over those claims. */
  change: z.number().int(),
});

/** Every count of one cohort (the calendar quarter a pair formed, or a person finished intake). */
export const cohortRollup = z.object({
  cohort: z.string().max(10),
  mentors: z.number().int().min(0),
  mentees: z.number().int().min(0),
  matchedMentees: z.number().int().min(0),
  pairs: z.number().int().min(0),
  active: z.number().int().min(0),
  paused: z.number().int().min(0),
  finished: z.number().int().min(0),
  endedEarly: z.number().int().min(0),
  quiet: z.number().int().min(0),
  /** Mentees by whole days from finishing intake to their first pair. */
  daysToMatch: counts,
  meetingsByMonth: counts,
  /** Pairs running in each month (formed by its end, not stopped before its start). */
  pairsByMonth: counts,
  pairsByWeek: counts,
  meetingsByWeek: counts,
  usefulness: histogram(5),
  goals: z.number().int().min(0),
  goalsDone: z.number().int().min(0),
  milestones: z.number().int().min(0),
  milestonesDone: z.number().int().min(0),
  /** Pairs that have set at least one goal (the group goal figures are over). */
  pairsWithGoals: z.number().int().min(0),
  midpoint: surveyRollup,
  final: surveyRollup,
  skillChange: z.record(z.string(), skillChangeRollup),
});
export type CohortRollup = z.infer<typeof cohortRollup>;

export const knowledgeRollup = z.object({
  skillId: entityId,
  holders: z.number().int().min(0),
  mentors: z.number().int().min(0),
  learning: z.number().int().min(0),
  demand: z.number().int().min(0),
  supply: z.number().int().min(0),
});
export type KnowledgeRollup = z.infer<typeof knowledgeRollup>;

/** The program's figures before any suppression. Server-side only: never sent as it is. */
export const dashboardRollup = z.object({
  programId: entityId,
  cohorts: z.array(cohortRollup).max(400),
  retention: z
    .array(
      z.object({
        from: z.string().max(10),
        to: z.string().max(10),
        mentors: z.number().int().min(0),
        retained: z.number().int().min(0),
      }),
    )
    .max(400),
  knowledge: z.array(knowledgeRollup).max(500),
});
export type DashboardRollup = z.infer<typeof dashboardRollup>;

export interface RollupInput {
  program: Pick<ProgramDocument, "programId" | "skills" | "cadence">;
  enrolments: readonly EnrolmentDocument[];
  digests: readonly PairDigestDocument[];
  surveys: readonly SurveyResponseDocument[];
  now: Date;
}

const emptySurvey = (): SurveyRollup => ({
  responses: 0,
  satisfaction: [0, 0, 0, 0, 0],
  usefulnessSum: 0,
  goalProgressSum: 0,
  recommend: Array.from({ length: 11 }, () => 0),
});

export const emptyCohort = (cohort: string): CohortRollup => ({
  cohort,
  mentors: 0,
  mentees: 0,
  matchedMentees: 0,
  pairs: 0,
  active: 0,
  paused: 0,
  finished: 0,
  endedEarly: 0,
  quiet: 0,
  daysToMatch: {},
  meetingsByMonth: {},
  pairsByMonth: {},
  pairsByWeek: {},
  meetingsByWeek: {},
  usefulness: [0, 0, 0, 0, 0],
  goals: 0,
  goalsDone: 0,
  milestones: 0,
  milestonesDone: 0,
  pairsWithGoals: 0,
  midpoint: emptySurvey(),
  final: emptySurvey(),
  skillChange: {},
});

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** A person counts as enrolled once intake is finished, until they leave. */
export const isEnrolled = (e: EnrolmentDocument) => e.status === "completed" || e.status === "paused";
const enrolledAt = (e: EnrolmentDocument) => e.completedAt ?? e.startedAt;
/** Working level: offered to others, or claimed at level 3 or 4 of 4. */
const WORKING_LEVEL = 3;

/**
 * The program's dashboard figures from its partition (pure): enrolments, pair digests and survey
 * answers. Deterministic for the same documents and `now`; counts only, no text is read.
 */
export function rollUp(input: RollupInput): DashboardRollup {
  const cohorts = new Map<string, CohortRollup>();
  const cohort = (key: string) => cohorts.get(key) ?? cohorts.set(key, emptyCohort(key)).get(key)!;
  const nowIso = input.now.toISOString();
  const enrolments = input.enrolments.filter(isEnrolled);
  const enrolmentOf = new Map(input.enrolments.map((e) => [e.userId, e]));

  for (const e of enrolments) {
    const c = cohort(cohortOf(enrolledAt(e)));
    if (e.roles.includes("mentor")) c.mentors += 1;
    if (e.roles.includes("mentee")) c.mentees += 1;
  }

  const quietMs = 2 * quietBaseDays(input.program.cadence) * 24 * 3600 * 1000;
  const firstPairOf = new Map<string, PairDigestDocument>();
  const mentorsByCohort = new Map<string, Set<string>>();
  const digestById = new Map(input.digests.map((d) => [d.pairId, d]));
  for (const d of input.digests) {
    const key = cohortOf(d.createdAt);
    const c = cohort(key);
    c.pairs += 1;
    if (d.status === "active") c.active += 1;
    if (d.status === "paused") c.paused += 1;
    if (d.status === "closed") c.finished += 1;
    if (d.status === "ended") c.endedEarly += 1;
    if (d.status === "active" && Date.parse(nowIso) - Date.parse(d.lastMetAt ?? d.createdAt) > quietMs)
      c.quiet += 1;
    bump(c.pairsByWeek, weekOf(d.createdAt));
    for (const month of monthsBetween(d.createdAt, d.endedAt ?? nowIso)) bump(c.pairsByMonth, month);
    for (const [month, n] of Object.entries(d.metByMonth)) bump(c.meetingsByMonth, month, n);
    for (const [week, n] of Object.entries(d.metByWeek)) bump(c.meetingsByWeek, week, n);
    d.usefulness.forEach((n, i) => (c.usefulness[i] = (c.usefulness[i] ?? 0) + n));
    c.goals += d.goals;
    c.goalsDone += d.goalsDone;
    c.milestones += d.milestones;
    c.milestonesDone += d.milestonesDone;
    if (d.goals > 0) c.pairsWithGoals += 1;
    const first = firstPairOf.get(d.menteeId);
    if (!first || d.createdAt < first.createdAt) firstPairOf.set(d.menteeId, d);
    const mentors = mentorsByCohort.get(key) ?? mentorsByCohort.set(key, new Set()).get(key)!;
    mentors.add(d.mentorId);
  }

  for (const [menteeId, first] of firstPairOf) {
    const c = cohort(cohortOf(first.createdAt));
    c.matchedMentees += 1;
    const e = enrolmentOf.get(menteeId);
    if (e) bump(c.daysToMatch, String(daysBetween(enrolledAt(e), first.createdAt)));
  }

  for (const s of input.surveys) {
    const d = digestById.get(s.pairId);
    const r = cohort(cohortOf(d?.createdAt ?? s.at))[s.phase];
    r.responses += 1;
    r.satisfaction[s.satisfaction - 1] = (r.satisfaction[s.satisfaction - 1] ?? 0) + 1;
    r.usefulnessSum += s.usefulness;
    r.goalProgressSum += s.goalProgress;
    r.recommend[s.recommend] = (r.recommend[s.recommend] ?? 0) + 1;
  }

  skillChanges(input, firstPairOf, cohort);

  const sorted = [...cohorts.values()].sort((a, b) => a.cohort.localeCompare(b.cohort));
  const withMentors = sorted.filter((c) => mentorsByCohort.has(c.cohort));
  const retention = withMentors.slice(0, -1).map((c, i) => {
    const next = withMentors[i + 1]!;
    const from = mentorsByCohort.get(c.cohort)!;
    const to = mentorsByCohort.get(next.cohort)!;
    return {
      from: c.cohort,
      to: next.cohort,
      mentors: from.size,
      retained: [...from].filter((m) => to.has(m)).length,
    };
  });

  return {
    programId: input.program.programId,
    cohorts: sorted,
    retention,
    knowledge: knowledgeRisk(input, enrolments),
  };
}

/** Mentees whose first pair finished: level now minus level at intake, per skill group. */
function skillChanges(
  input: RollupInput,
  firstPairOf: Map<string, PairDigestDocument>,
  cohort: (key: string) => CohortRollup,
): void {
  const groupOf = new Map(input.program.skills.map((s) => [s.id, s.group]));
  const finished = new Set(input.digests.filter((d) => d.status === "closed").map((d) => d.menteeId));
  for (const e of input.enrolments) {
    if (!finished.has(e.userId) || !e.intakeLearn || !e.matching) continue;
    const now = new Map<string, number>();
    for (const c of [...e.matching.learn, ...e.matching.offer])
      now.set(c.skillId, Math.max(now.get(c.skillId) ?? 0, c.level));
    const c = cohort(cohortOf(firstPairOf.get(e.userId)!.createdAt));
    const groups = new Set<string>();
    for (const claim of e.intakeLearn) {
      const group = groupOf.get(claim.skillId);
      const level = now.get(claim.skillId);
      if (!group || level === undefined) continue;
      const g = (c.skillChange[group] ??= { people: 0, claims: 0, change: 0 });
      g.claims += 1;
      g.change += level - claim.level;
      if (!groups.has(group)) g.people += 1;
      groups.add(group);
    }
  }
}

function knowledgeRisk(input: RollupInput, enrolments: readonly EnrolmentDocument[]): KnowledgeRollup[] {
  const learning = new Set(input.digests.filter((d) => d.status === "active").map((d) => d.menteeId));
  return input.program.skills
    .filter((s) => s.critical)
    .map((skill) => {
      const row = { skillId: skill.id, holders: 0, mentors: 0, learning: 0, demand: 0, supply: 0 };
      for (const e of enrolments) {
        const offers = e.offered.includes(skill.id);
        const level = e.matching?.learn.find((c) => c.skillId === skill.id)?.level ?? 0;
        if (offers || level >= WORKING_LEVEL) row.holders += 1;
        if (offers && e.roles.includes("mentor") && e.capacity > 0) {
          row.mentors += 1;
          row.supply += e.capacity;
        }
        if (e.roles.includes("mentee") && e.wanted.includes(skill.id)) {
          row.demand += 1;
          if (learning.has(e.userId)) row.learning += 1;
        }
      }
      return row;
    });
}

/** The program's maintained summary, in its partition (`dashboard`): one point read per dashboard load. */
export interface DashboardSummaryDocument {
  id: string;
  pk: string;
  tenantId: string;
  type: "dashboardSummary";
  programId: string;
  rollup: DashboardRollup;
  /** When it was computed. */
  computedAt: string;
  /** The version of the program's change stamp read before computing: another version means recompute. */
  sourceVersion: string;
  /** Documents it was computed from (enrolments, pair digests, survey answers). */
  sourceDocuments: number;
  _etag?: string;
}
