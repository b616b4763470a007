import { solveFlow } from "./assignment";
import type { FlowSolution } from "./assignment";
import type { Cohort } from "./cohort";
import { gapPercentUp } from "./gap";
import { addEdges } from "./graph";
import type { PairGraph } from "./graph";
import { pricePairs } from "./pricing";
import type { PricingResult } from "./pricing";
import type { RowScanner } from "./scan";

/** Violating pairs kept per mentee and per mentor in the first pricing round. */
export const FIRST_KEEP = 8;
/** Fast mode re-prices at most this many times in all (one solve + pricing is the usual). */
export const FAST_MAX_ROUNDS = 4;

/** Fast mode's round limit: FAST_MAX_ROUNDS, or a caller's lower fixed limit. */
export function fastRoundLimit(maxRounds: number): number {
  return maxRounds > 0 ? Math.min(maxRounds, FAST_MAX_ROUNDS) : FAST_MAX_ROUNDS;
}

export interface RoundsSetup {
  c: Cohort;
  scanner: RowScanner;
  capacity: Int32Array;
  freeMentees: Int32Array;
  /** Total score of the locked pairs, added to both sides of the certificate. */
  lockedTotal: number;
  /** Stop once the certified gap is at most this (0: only a proof stops). */
  targetGapPercent: number;
  /** Fixed round limit, or 0 for the adaptive one (`adaptiveRoundLimit`). */
  maxRounds: number;
  /** Stop before the graph grows past this many edges (a memory guard). */
  maxEdges: number;
}

export interface RoundsResult {
  solution: FlowSolution;
  priced: PricingResult;
  rounds: number;
  added: number;
}

/**
 * The round limit when none is given: price-and-resolve normally proves the optimum in 2–4 rounds,
 * and `solveRounds` halves the violations or doubles the pairs it adds each round, so a proof
 * needs O(log(pairs)) rounds; the limit leaves room for that at every size.
 */
export function adaptiveRoundLimit(n: number, m: number): number {
  return 16 + 2 * Math.ceil(Math.log2(n * m + 2));
}

/**
 * Solves the graph, prices every pair against its duals and, while some pair violates them and
 * the certified gap is above the target, adds the violating pairs the duals rank best (largest
 * w − u − v per mentee and per mentor, ties by `tieRank`) and re-solves. When a round fails to
 * halve the number of violations, the next round keeps twice as many pairs per mentee and mentor,
 * so tie-heavy cohorts where many pairs violate by the same amount still converge in few rounds.
 */
export function solveRounds(graph: PairGraph, s: RoundsSetup): RoundsResult {
  const { c, scanner, capacity, freeMentees } = s;
  const limit = s.maxRounds > 0 ? s.maxRounds : adaptiveRoundLimit(freeMentees.length, c.m);
  let keepRow = FIRST_KEEP;
  let keepCol = FIRST_KEEP;
  let solution = solveFlow(graph, c.m, capacity, freeMentees);
  let priced = pricePairs(c, scanner, capacity, freeMentees, solution.u, solution.v, keepRow, keepCol);
  let rounds = 1;
  let added = 0;
  for (;;) {
    if (priced.violationCount === 0 || rounds >= limit) break;
    const gap = gapPercentUp(s.lockedTotal + solution.primal, s.lockedTotal + priced.dualBound);
    if (gap <= s.targetGapPercent) break;
    let adding = 0;
    for (const l of priced.violations.values()) adding += l.mentor.length;
    if (graph.mentor.length + adding > s.maxEdges) break;
    added += adding;
    graph = addEdges(graph, c.m, priced.violations);
    const before = priced.violationCount;
    solution = solveFlow(graph, c.m, capacity, freeMentees);
    priced = pricePairs(c, scanner, capacity, freeMentees, solution.u, solution.v, keepRow, keepCol);
    rounds++;
    if (priced.violationCount * 2 > before) {
      keepRow = Math.min(c.m, keepRow * 2);
      keepCol = Math.min(freeMentees.length, keepCol * 2);
    }
  }
  return { solution, priced, rounds, added };
}
