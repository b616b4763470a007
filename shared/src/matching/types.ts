/**
 * Plain, serialisable input and output of the matching engine. Nothing here depends on storage
 * documents, so the server can post it to a worker thread as is.
 */

export const MATCHING_STYLES = ["listening", "hands-on", "challenging", "structured", "exploratory"] as const;
export type MatchingStyle = (typeof MATCHING_STYLES)[number];
export type MatchingTeamPreference = "cross-team" | "same-team" | "no-preference";
export type MatchingStatus = "active" | "paused" | "left";
export type MatchingRole = "mentee" | "mentor";

/** A skill by its index in the program taxonomy, with a level 1 (aware) to 4 (expert). */
export interface SkillClaimRef {
  skill: number;
  level: number;
}

/** A weekly slot in UTC: day 0 (Monday) to 6, minutes from UTC midnight. */
export interface WeeklySlot {
  day: number;
  startMinute: number;
  endMinute: number;
}

export interface MatchingParticipant {
  id: string;
  /** A person can be both; they are never matched with themself. */
  roles: MatchingRole[];
  team: string;
  /** Manager ids up the chain, nearest first. */
  reportingLine: string[];
  /** Skills the person wants to learn (as mentee), with the level they want to reach. */
  learn: SkillClaimRef[];
  /** Skills the person offers (as mentor), with the level they hold. */
  offer: SkillClaimRef[];
  /** Goal keywords or skill tags; for a mentor, the topics they can help with. */
  goals: string[];
  availability: WeeklySlot[];
  utcOffsetMinutes: number;
  styles: MatchingStyle[];
  teamPreference: MatchingTeamPreference;
  /** Mentees this person can take as mentor (0–3). */
  capacity: number;
  status: MatchingStatus;
}

export interface PairRef {
  menteeId: string;
  mentorId: string;
}

/** Integer weight per score part; a part's points are weight × raw (raw is 0–100). */
export interface ScoreWeights {
  skill: number;
  goal: number;
  availability: number;
  timezone: number;
  style: number;
  team: number;
}

export const SCORE_PARTS = ["skill", "goal", "availability", "timezone", "style", "team"] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export interface MatchingInput {
  participants: MatchingParticipant[];
  /** Pairs that ran before; never matched again, in either direction. */
  endedPairs?: PairRef[];
  /** Pairs a program owner excluded. */
  excludedPairs?: PairRef[];
  /** Pairs a program owner locked: placed before solving, consuming capacity. */
  lockedPairs?: PairRef[];
  weights?: Partial<ScoreWeights>;
}

export interface MatchingOptions {
  /** "fast" solves a pruned candidate graph and prices the rest once for a certified bound (a few
   * more rounds only while that gap is above `fastGapPercent`); "certify" keeps adding violating
   * pairs and re-solving until the optimum is proven. */
  mode?: "fast" | "certify";
  /** Best mentors kept per mentee in the candidate graph. */
  menteeCandidates?: number;
  /** Best mentees kept per mentor in the candidate graph. */
  mentorCandidates?: number;
  /** Fast mode adds violating pairs and re-solves (a few rounds at most) while the certified gap
   * is above this, in percent (default 0.5). */
  fastGapPercent?: number;
  /** A fixed limit on price-and-resolve rounds; 0 (default) for the adaptive limit, which grows
   * with the cohort's size and is normally far from reached (a proof takes 1–4 rounds). */
  maxRounds?: number;
  /** Certify stops before the candidate graph exceeds this many edges; 0 (default) for
   * max(2 000 000, 100 × people). A stop is reported honestly (optimal: false, with the gap). */
  maxGraphEdges?: number;
  /** Above this many mentee×mentor pairs the stability audit samples mentees. */
  stabilityPairLimit?: number;
  /** Validate the input with zod first (default true). */
  validate?: boolean;
}

export interface PartScore {
  raw: number;
  weight: number;
  points: number;
}

export type ScoreBreakdown = Record<ScorePart, PartScore>;

export interface PairExplanation {
  menteeId: string;
  mentorId: string;
  score: number;
  parts: ScoreBreakdown;
  /** Human-readable reasons, strongest first. */
  reasons: string[];
  coveredSkills: { skill: number; wanted: number; offered: number; rarity: number; levelMet: boolean }[];
  sharedGoals: string[];
  sharedStyles: MatchingStyle[];
  overlapMinutesPerWeek: number;
  timezoneDifferenceMinutes: number;
  sameTeam: boolean;
}

export interface MatchAssignment extends PairExplanation {
  locked: boolean;
}

export type UnmatchedReason = "paused" | "left" | "no-eligible-mentor" | "outbid";

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedReason;
  message: string;
  /** For "outbid": the best eligible mentor and that pair's score. */
  bestAlternative?: { mentorId: string; score: number };
}

export interface RejectedLock extends PairRef {
  reason: string;
}

export interface OptimalityCertificate {
  /** Total score of the returned assignment (locked pairs included). */
  primal: number;
  /** A proven upper bound on any assignment's total (LP dual; locked pairs included). */
  dual: number;
  /** (dual − primal) / dual, in percent. 0 means the assignment is proven optimal. */
  gapPercent: number;
  optimal: boolean;
}

export interface StabilityReport {
  /** Mentee–mentor pairs who would both rather be together than with their assignment. */
  blockingPairs: number;
  /** False when mentees were sampled; blockingPairs is then an extrapolated estimate. */
  exact: boolean;
  menteesChecked: number;
  menteesTotal: number;
  note: string;
}

export interface MatchingStats {
  mentees: number;
  mentors: number;
  candidateEdges: number;
  rounds: number;
  pairsAddedByPricing: number;
  /** Mentee rows scored against all mentors (each is one pass over the mentors). */
  rowsScanned: number;
}

export interface MatchingResult {
  assignments: MatchAssignment[];
  totalScore: number;
  unmatched: UnmatchedMentee[];
  rejectedLocks: RejectedLock[];
  certificate: OptimalityCertificate;
  /** Dual prices of the free (unlocked) problem: a mentee's marginal value and a mentor slot's
   * price. Feasible for every allowed pair (u + v ≥ score), so u + v − score bounds the cost of
   * forcing a pair. Locked mentees and fully locked mentors have none. */
  duals: { mentees: Record<string, number>; mentors: Record<string, number> };
  stability: StabilityReport;
  stats: MatchingStats;
  weights: ScoreWeights;
}
