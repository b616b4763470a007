import { z } from "zod";
import { isoDate } from "../domain/common";
import type { DashboardAccess } from "../domain/program";
import type { HiddenReason } from "./suppression";

/**
 * One figure on a shared dashboard: a value, or hidden. `small`: the group is smaller than the
 * program's minimum ("fewer than N"); `withheld`: hidden so that a small group cannot be worked out
 * from a total minus the figures beside it.
 */
export interface Figure {
  value?: number;
  hidden?: HiddenReason;
}

export interface SeriesPoint {
  period: string;
  [series: string]: Figure | string;
}

export interface DashboardView {
  programId: string;
  programName: string;
  minGroupSize: number;
  access: DashboardAccess;
  /** When the figures were computed (at most a minute old). */
  asOf: string;
  cohorts: string[];
  filter: { cohort: string; from?: string; to?: string };
  participation: {
    mentors: Figure;
    mentees: Figure;
    matchedMentees: Figure;
    pairs: Figure;
    activePairs: Figure;
    pausedPairs: Figure;
    finishedPairs: Figure;
    endedEarlyPairs: Figure;
    quietPairs: Figure;
    medianDaysToMatch: Figure;
    meetingsHeld: Figure;
    meetingsPerPairPerMonth: Figure;
    /** What the program's cadence asks for, meetings per pair per month. */
    expectedMeetingsPerMonth: number;
    /** Percent of pairs that stopped which finished their cycle. */
    completionRate: Figure;
    monthly: { month: string; meetings: Figure; pairs: Figure; perPair: Figure }[];
    weekly: { week: string; pairsFormed: Figure; meetings: Figure }[];
    mentorRetention: { from: string; to: string; mentors: Figure; retainedPercent: Figure }[];
  };
  outcomes: {
    goals: Figure;
    goalsDone: Figure;
    milestones: Figure;
    milestonesDone: Figure;
    usefulness: { answers: Figure; mean: Figure; distribution: { score: number; count: Figure }[] };
    surveys: {
      phase: "midpoint" | "final";
      responses: Figure;
      satisfaction: Figure;
      usefulness: Figure;
      goalProgress: Figure;
      nps: Figure;
      distribution: { score: number; count: Figure }[];
      groups: { group: "detractors" | "passives" | "promoters"; count: Figure }[];
    }[];
    skillChange: { group: string; people: Figure; meanChange: Figure }[];
    owner: { metric: string; label: string; unit: string; baseline: number; participants?: number }[];
  };
  knowledgeRisk: {
    skills: {
      skillId: string;
      name: string;
      group: string;
      holders: Figure;
      mentors: Figure;
      learning: Figure;
      demand: Figure;
      supply: Figure;
      gap: Figure;
      /** Fewer holders than the minimum group size (or none): a single point of knowledge may exist. */
      atRisk: boolean;
    }[];
  };
}

/** Exact knowledge-risk counts, for the program's owners in their console only. */
export interface KnowledgeRiskExact {
  programId: string;
  asOf: string;
  skills: {
    skillId: string;
    name: string;
    group: string;
    holders: number;
    mentors: number;
    learning: number;
    demand: number;
    supply: number;
    /** No holder or one. */
    singlePoint: boolean;
  }[];
}

/** `?cohort=2026-Q1&from=2026-01-01&to=2026-03-31` on the dashboard and CSV routes. */
export const dashboardQuery = z
  .object({
    cohort: z
      .string()
      .regex(/^(all|\d{4}-Q[1-4])$/, "a cohort like 2026-Q1, or all")
      .default("all"),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  /** A range that ends before it starts is refused (400 naming `to`), never read as an empty period. */
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ["to"],
    message: "the range must end on or after its start (from)",
  });
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** A program the viewer may pin to a channel (they own or sponsor it). */
export interface PinnableProgram {
  programId: string;
  name: string;
  role: "owner" | "sponsor";
}

/** The dashboard's tables, each exportable as CSV (`dashboard.csv?table=NAME`). */
export const dashboardTables = [
  "participation",
  "monthly",
  "weekly",
  "retention",
  "usefulness",
  "surveys",
  "skill-change",
  "outcomes",
  "knowledge-risk",
] as const;
export type DashboardTable = (typeof dashboardTables)[number];
