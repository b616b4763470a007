import type { Skill } from "../domain/program";
import { buildRuleBook, hardRuleViolation, isActiveMentor } from "../matching/rules";
import type { MatchingInput, UnmatchedMentee } from "../matching/types";
import { listWords } from "./match-facts";
import type { MatchingContext } from "./to-matching-input";

/**
 * Why a mentee is left unmatched, for the program owner, naming the skills they want: "No mentor
 * with free places offers Kubernetes." Mentors "with free places" are active mentors with capacity
 * left before the run; "ruled out" means a hard rule forbids the pair (reporting line, a pair that
 * ran before, an owner's exclusion).
 */
export function unmatchedInWords(
  u: UnmatchedMentee,
  input: MatchingInput,
  context: MatchingContext,
  skills: readonly Skill[],
): string {
  if (u.reason === "paused") return "Paused: not matched until they come back.";
  if (u.reason === "left") return "Left the program.";
  const mentee = input.participants.find((p) => p.id === u.menteeId);
  const name = (id: string) => context.names[id] ?? id;
  const skillName = (index: number) => {
    const id = context.skillIds[index];
    return skills.find((s) => s.id === id)?.name ?? id ?? "a skill";
  };
  const wanted = [...new Set((mentee?.learn ?? []).map((c) => c.skill))];
  if (wanted.length === 0)
    return "They want to learn no skill from this program's list yet. Ask them to add one to their profile.";
  const book = buildRuleBook(input);
  const open = input.participants.filter((p) => p.id !== u.menteeId && isActiveMentor(p));
  const offering = (skill: number) => open.filter((p) => p.offer.some((c) => c.skill === skill));
  const missing = wanted.filter((s) => offering(s).length === 0).map(skillName);
  const offered = wanted.filter((s) => offering(s).length > 0);
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`No mentor with free places offers ${listWords(missing, "or")}.`);
  if (offered.length > 0) {
    const allowed = open.filter(
      (p) =>
        p.offer.some((c) => offered.includes(c.skill)) && hardRuleViolation(book, u.menteeId, p.id) === null,
    );
    const names = listWords(offered.map(skillName), "or");
    if (allowed.length === 0)
      parts.push(
        `The mentors with free places who offer ${names} are ruled out for them (reporting line, a past pair or an exclusion).`,
      );
    else if (u.reason === "outbid") {
      const best = u.bestAlternative;
      parts.push(
        `Every mentor who offers ${names} has their places taken by stronger matches${
          best ? `; the best fit, ${name(best.mentorId)}, scores ${best.score} with them` : ""
        }. Pick a mentor for them below, or add mentor capacity.`,
      );
    }
  }
  return parts.join(" ") || "No mentor fits them within the rules. Pick a mentor for them below.";
}
