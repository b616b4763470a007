import { compileCohort } from "./cohort";
import { resolveWeights } from "./schema";
import { explainIndices } from "./score";
import type { MatchingInput, PairExplanation } from "./types";

/**
 * `explainPair` for one mentee against many mentors, compiling the cohort once. Mentors who are
 * not active with free capacity (or a mentee who is not an active mentee) are left out.
 */
export function explainPairs(
  input: MatchingInput,
  menteeId: string,
  mentorIds: readonly string[],
): Map<string, PairExplanation> {
  const out = new Map<string, PairExplanation>();
  const c = compileCohort(input, resolveWeights(input.weights));
  const i = c.menteeIndex.get(menteeId);
  if (i === undefined) return out;
  for (const mentorId of mentorIds) {
    const j = c.mentorIndex.get(mentorId);
    if (j !== undefined && mentorId !== menteeId) out.set(mentorId, explainIndices(c, i, j));
  }
  return out;
}
