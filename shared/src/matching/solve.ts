import { solveFlow } from "./assignment";
import type { FlowSolution } from "./assignment";
import { buildCandidateGraph } from "./candidates";
import { compileCohort } from "./cohort";
import type { Cohort } from "./cohort";
import { addEdges } from "./graph";
import { pricePairs } from "./pricing";
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
  maxRounds: 50,
  stabilityPairLimit: 40_000_000,
  validate: true,
} as const satisfies Required<MatchingOptions>;

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
  let graph = buildCandidateGraph(c, scanner, cap, freeMentees, opts.menteeCandidates, opts.mentorCandidates);
  const candidateEdges = graph.mentor.length;
  const maxRounds = opts.mode === "certify" ? Math.max(1, opts.maxRounds) : 1;
  let solution: FlowSolution = solveFlow(graph, c.m, cap, freeMentees);
  let priced = pricePairs(c, scanner, cap, freeMentees, solution.u, solution.v, 8);
  let rounds = 1;
  let added = 0;
  while (priced.violationCount > 0 && rounds < maxRounds) {
    for (const l of priced.violations.values()) added += l.mentor.length;
    graph = addEdges(graph, c.m, priced.violations);
    solution = solveFlow(graph, c.m, cap, freeMentees);
    priced = pricePairs(c, scanner, cap, freeMentees, solution.u, solution.v, 8);
    rounds++;
  }

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
  const gapPercent = dual > 0 ? Math.round(((dual - primal) / dual) * 1e6) / 1e4 : 0;

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
