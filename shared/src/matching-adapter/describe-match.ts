import type { Skill } from "../domain/program";
import type { PairExplanation } from "../matching/types";
import { matchFactsOf, ownerReasons } from "./match-facts";
import type { MatchingContext } from "./to-matching-input";

const first = (name: string | undefined, fallback: string) => (name ?? "").trim().split(/\s+/)[0] || fallback;

/**
 * Why a pair fits, in words for the program owner's review, strongest part first. Only parts that
 * scored and are worth naming appear; nothing about anyone's private answers.
 */
export function describeMatch(
  pair: PairExplanation,
  context: MatchingContext,
  skills: readonly Skill[],
): string[] {
  return ownerReasons(
    matchFactsOf(pair, context, skills),
    first(context.names[pair.menteeId], "The mentee"),
    first(context.names[pair.mentorId], "The mentor"),
  );
}
