import { compileCohort } from "./cohort";
import { buildRuleBook, hardRuleViolation } from "./rules";
import { resolveWeights } from "./schema";
import { explainIndices } from "./score";
import { solveMatching } from "./solve";
import type { MatchingInput, MatchingResult, PairExplanation } from "./types";

/** The score of any allowed-or-not pair with its parts, or null when either is not active. */
export function explainPair(
  input: MatchingInput,
  menteeId: string,
  mentorId: string,
): PairExplanation | null {
  const c = compileCohort(input, resolveWeights(input.weights));
  const i = c.menteeIndex.get(menteeId);
  const j = c.mentorIndex.get(mentorId);
  if (i === undefined || j === undefined) return null;
  return explainIndices(c, i, j);
}

export type WhyNotKind =
  "matched" | "hard-rule" | "no-shared-skill" | "locked" | "zero-score" | "mentor-full" | "mentee-has-better";

export interface WhyNotAnswer {
  kind: WhyNotKind;
  message: string;
  /** The pair's score when it is allowed. */
  score?: number;
  /** LP bound from the duals: forcing this pair loses at least this many points. */
  costAtLeast?: number;
  /** Exact loss from forcing this pair (re-solved with the pair locked), when asked for. */
  exactCost?: number;
}

/**
 * "Why is this mentee not matched with this mentor?" — the hard rule that forbids it, or what it
 * would cost: with optimal duals, forcing (i, j) loses at least u_i + v_j − w_ij points.
 * With `exact`, the cohort is re-solved with the pair locked to give the exact loss.
 */
export function whyNot(
  input: MatchingInput,
  result: MatchingResult,
  menteeId: string,
  mentorId: string,
  options: { exact?: boolean } = {},
): WhyNotAnswer {
  const current = result.assignments.find((a) => a.menteeId === menteeId);
  if (current?.mentorId === mentorId) {
    return { kind: "matched", message: `${menteeId} and ${mentorId} are matched.`, score: current.score };
  }
  const rule = hardRuleViolation(buildRuleBook(input), menteeId, mentorId);
  if (rule !== null) return { kind: "hard-rule", message: `Not allowed: ${rule}.` };
  if (current?.locked) {
    return {
      kind: "locked",
      message: `${menteeId} is locked to ${current.mentorId} by a program owner.`,
    };
  }
  const pair = explainPair(input, menteeId, mentorId);
  const score = pair?.score ?? 0;
  if (score <= 0) {
    return { kind: "zero-score", message: "This pair scores 0: nothing in common to build on.", score };
  }
  const mentorPairs = result.assignments.filter((a) => a.mentorId === mentorId);
  const capacity = input.participants.find((p) => p.id === mentorId)?.capacity ?? 0;
  const u = result.duals.mentees[menteeId] ?? 0;
  const v = result.duals.mentors[mentorId] ?? 0;
  const slack = result.certificate.dual - result.certificate.primal;
  const costAtLeast = Math.max(0, u + v - score - slack);
  const answer: WhyNotAnswer = { kind: "mentee-has-better", message: "", score, costAtLeast };
  let cost = `forcing this costs at least ${costAtLeast} points`;
  if (options.exact) {
    // The owner's other locks come first: forcing a pair never overrides a lock on someone else.
    const locks = (input.lockedPairs ?? []).filter((l) => l.menteeId !== menteeId);
    const forced = solveMatching(
      { ...input, lockedPairs: [...locks, { menteeId, mentorId }] },
      { mode: "certify", validate: false },
    );
    const base = result.certificate.optimal
      ? result.totalScore
      : solveMatching(input, { mode: "certify", validate: false }).totalScore;
    if (forced.rejectedLocks.some((l) => l.menteeId === menteeId && l.mentorId === mentorId)) {
      answer.kind = "mentor-full";
      answer.message = `${mentorId}'s slots are all locked to other mentees.`;
      return answer;
    }
    // A pair sharing no wanted skill is outside what runs propose, so forcing it can even raise
    // the total: the loss is then 0, never negative.
    answer.exactCost = Math.max(0, base - forced.totalScore);
    cost = `forcing this costs ${answer.exactCost} points of total score`;
  }
  if (pair && pair.coveredSkills.length === 0) {
    answer.kind = "no-shared-skill";
    answer.message = `${mentorId} offers none of the skills ${menteeId} wants to learn, so matching never proposes this pair; a program owner can still lock it (${cost}).`;
    return answer;
  }
  if (mentorPairs.length >= capacity) {
    const weakest = Math.min(...mentorPairs.map((a) => a.score));
    answer.kind = "mentor-full";
    answer.message =
      weakest >= score
        ? `${mentorId} is full with stronger matches (weakest ${weakest} vs ${score} for this pair); ${cost}.`
        : `${mentorId} is full, and moving one of their mentees (weakest ${weakest}) loses more elsewhere than this pair (${score}) adds; ${cost}.`;
  } else {
    answer.message = current
      ? `${menteeId}'s match with ${current.mentorId} fits better (${current.score} vs ${score}); ${cost}.`
      : `${menteeId} is better left for the cohort as a whole; ${cost}.`;
  }
  return answer;
}
