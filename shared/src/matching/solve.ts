import { buildCandidateGraph } from "./candidates";
import { compileCohort } from "./cohort";
import type { Cohort } from "./cohort";
import { gapPercentUp } from "./gap";
import { fastRoundLimit, solveRounds } from "./rounds";
import { buildRuleBook, hardRuleViolation } from "./rules";
import { EXCLUDED, RowScanner } from "./scan";
import { resolveWeights, validateMatchingInput } from "./schema";
import { explainIndices, scorePair } from "./score";
import { auditStability } from "./stability";
import type {
  MatchAssignment,
  MatchingInput,
  MatchingOptions,
  MatchingResult,
  RejectedLock,
  UnmatchedMentee,
} from "./types";

export const DEFAULT_OPTIONS = {
  mode: "fast",
  menteeCandidates: 12,
  mentorCandidates: 12,
  fastGapPercent: 0.5,
  maxRounds: 0,
  maxGraphEdges: 0,
  stabilityPairLimit: 40_000_000,
  validate: true,
} as const satisfies Required<MatchingOptions>;

/** Graph edges certify may grow to when no limit is given: the tie-heavy cohorts we measured end
 * near 20 edges per person; this keeps the graph (8 bytes an edge) within tens of MB. */
function defaultEdgeBudget(n: number, m: number): number {
  return Math.max(2_000_000, 100 * (n + m));
}

interface Locks {
  mentorOf: Int32Array;
  weightOf: Int32Array;
  capacityLeft: Int32Array;
  rejected: RejectedLock[];
  total: number;
}

function placeLocks(input: MatchingInput, c: Cohort): Locks {
  const book = buildRuleBook(input);
  const mentorOf = new Int32Array(c.n).fill(-1);
  const weightOf = new Int32Array(c.n);
  const capacityLeft = Int32Array.from(c.mentorCapacity);
  const rejected: RejectedLock[] = [];
  let total = 0;
  for (const lock of input.lockedPairs ?? []) {
    const rule = hardRuleViolation(book, lock.menteeId, lock.mentorId);
    const i = c.menteeIndex.get(lock.menteeId);
    const j = c.mentorIndex.get(lock.mentorId);
    let reason: string | null = rule;
    if (reason === null && (i === undefined || j === undefined)) reason = "not an active mentee and mentor";
    if (reason === null && i !== undefined && (mentorOf[i] ?? -1) >= 0) {
      reason = `${lock.menteeId} is already locked to ${c.mentorIds[mentorOf[i] ?? 0]}`;
    }
    if (reason === null && j !== undefined && (capacityLeft[j] ?? 0) <= 0) {
      reason = `${lock.mentorId}'s capacity is used up by earlier locks`;
    }
    if (reason !== null || i === undefined || j === undefined) {
      rejected.push({ ...lock, reason: reason ?? "invalid lock" });
      continue;
    }
    const w = scorePair(c, i, j);
    mentorOf[i] = j;
    weightOf[i] = w;
    capacityLeft[j] = (capacityLeft[j] ?? 0) - 1;
    total += w;
  }
  return { mentorOf, weightOf, capacityLeft, rejected, total };
}

/**
 * Matches a whole cohort: maximises the total score under capacities and hard rules, with locks
 * placed first. Pure and deterministic; input and output are plain data (worker-thread friendly).
 */
export function solveMatching(input: MatchingInput, options: MatchingOptions = {}): MatchingResult {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  if (opts.validate) validateMatchingInput(input);
  const weights = resolveWeights(input.weights);
  const c = compileCohort(input, weights);
  const locks = placeLocks(input, c);
  const cap = locks.capacityLeft;

  const free: number[] = [];
  for (let i = 0; i < c.n; i++) if ((locks.mentorOf[i] ?? -1) < 0) free.push(i);
  const freeMentees = Int32Array.from(free);

  const scanner = new RowScanner(c);
  const graph = buildCandidateGraph(
    c,
    scanner,
    cap,
    freeMentees,
    opts.menteeCandidates,
    opts.mentorCandidates,
  );
  const candidateEdges = graph.mentor.length;
  const { solution, priced, rounds, added } = solveRounds(graph, {
    c,
    scanner,
    capacity: cap,
    freeMentees,
    lockedTotal: locks.total,
    targetGapPercent: opts.mode === "certify" ? 0 : opts.fastGapPercent,
    maxRounds: opts.mode === "certify" ? opts.maxRounds : fastRoundLimit(opts.maxRounds),
    maxEdges: opts.maxGraphEdges > 0 ? opts.maxGraphEdges : defaultEdgeBudget(freeMentees.length, c.m),
  });

  // Merge locked and solved pairs.
  const mentorOf = Int32Array.from(locks.mentorOf);
  const weightOf = Int32Array.from(locks.weightOf);
  const locked = new Uint8Array(c.n);
  for (let i = 0; i < c.n; i++) if ((locks.mentorOf[i] ?? -1) >= 0) locked[i] = 1;
  for (const i of free) {
    mentorOf[i] = solution.mentorOf[i] ?? -1;
    weightOf[i] = solution.weightOf[i] ?? 0;
  }

  const assignments: MatchAssignment[] = [];
  let totalScore = 0;
  for (let i = 0; i < c.n; i++) {
    const j = mentorOf[i] ?? -1;
    if (j < 0) continue;
    const explanation = explainIndices(c, i, j);
    totalScore += explanation.score;
    assignments.push({ ...explanation, locked: locked[i] === 1 });
  }

  const primal = locks.total + solution.primal;
  const optimal = priced.violationCount === 0;
  const dual = locks.total + priced.dualBound;
  const gapPercent = gapPercentUp(primal, dual);

  const duals: MatchingResult["duals"] = { mentees: {}, mentors: {} };
  for (const i of free) duals.mentees[c.menteeIds[i] ?? ""] = priced.liftedU[i] ?? 0;
  for (let j = 0; j < c.m; j++) {
    // Mentors whose every slot is locked take no part in the solve and have no price.
    if ((cap[j] ?? 0) > 0) duals.mentors[c.mentorIds[j] ?? ""] = solution.v[j] ?? 0;
  }

  const unmatched = explainUnmatched(input, c, scanner, mentorOf);
  const stability = auditStability(c, scanner, mentorOf, weightOf, locked, opts.stabilityPairLimit);

  return {
    assignments,
    totalScore,
    unmatched,
    rejectedLocks: locks.rejected,
    certificate: { primal, dual, gapPercent, optimal },
    duals,
    stability,
    stats: {
      mentees: c.n,
      mentors: c.m,
      candidateEdges,
      rounds,
      pairsAddedByPricing: added,
      rowsScanned: scanner.rows,
    },
    weights,
  };
}

function explainUnmatched(
  input: MatchingInput,
  c: Cohort,
  scanner: RowScanner,
  mentorOf: Int32Array,
): UnmatchedMentee[] {
  const out: UnmatchedMentee[] = [];
  for (const p of input.participants) {
    if (!p.roles.includes("mentee") || p.status === "active") continue;
    out.push({
      menteeId: p.id,
      reason: p.status,
      message: p.status === "paused" ? "Paused: not matched until they resume." : "Left the program.",
    });
  }
  for (let i = 0; i < c.n; i++) {
    if ((mentorOf[i] ?? -1) >= 0) continue;
    const score = scanner.row(i, c.mentorCapacity);
    let best = 0;
    let bestJ = -1;
    for (let j = 0; j < c.m; j++) {
      const w = score[j] ?? EXCLUDED;
      if (w > best) {
        best = w;
        bestJ = j;
      }
    }
    const menteeId = c.menteeIds[i] ?? "";
    if (bestJ < 0) {
      out.push({
        menteeId,
        reason: "no-eligible-mentor",
        message: "No mentor is allowed by the hard rules with a score above 0.",
      });
    } else {
      const mentorId = c.mentorIds[bestJ] ?? "";
      out.push({
        menteeId,
        reason: "outbid",
        message: `Every eligible mentor's slots went to stronger (or locked) matches; the best fit, ${mentorId}, scores ${best}.`,
        bestAlternative: { mentorId, score: best },
      });
    }
  }
  return out;
}
