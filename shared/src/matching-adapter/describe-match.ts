import type { Skill } from "../domain/program";
import type { PairExplanation, ScorePart } from "../matching/types";
import type { MatchingContext } from "./to-matching-input";

const first = (name: string | undefined, fallback: string) => (name ?? "").trim().split(/\s+/)[0] || fallback;

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const hours = (minutes: number) => {
  const h = Math.round((minutes / 60) * 2) / 2;
  return `${h} hour${h === 1 ? "" : "s"}`;
};

/**
 * Why a pair fits, in words people read (introduction cards, the owner's review), strongest
 * part first. Only parts that scored appear; nothing about anyone's private answers.
 */
export function describeMatch(
  pair: PairExplanation,
  context: MatchingContext,
  skills: readonly Skill[],
): string[] {
  const mentee = first(context.names[pair.menteeId], "The mentee");
  const mentor = first(context.names[pair.mentorId], "The mentor");
  const skillName = (index: number) => {
    const id = context.skillIds[index];
    return skills.find((s) => s.id === id)?.name ?? id ?? "a skill";
  };
  const text: Record<ScorePart, () => string> = {
    skill: () => {
      const names = pair.coveredSkills.map((c) => skillName(c.skill));
      const met = pair.coveredSkills.every((c) => c.levelMet);
      return `${mentor} offers ${list(names)}, which ${mentee} wants to learn${met ? ", up to the level they aim for" : ""}.`;
    },
    goal: () => `Their goals meet on ${list(pair.sharedGoals.slice(0, 5))}.`,
    availability: () => `They share about ${hours(pair.overlapMinutesPerWeek)} of free time a week.`,
    timezone: () =>
      pair.timezoneDifferenceMinutes === 0
        ? "They work in the same time zone."
        : `Their time zones are only ${hours(pair.timezoneDifferenceMinutes)} apart.`,
    style: () => `Both like ${list(pair.sharedStyles)} mentoring.`,
    team: () =>
      pair.sameTeam
        ? "They work in the same team, as they prefer."
        : "They come from different teams, a fresh view for both.",
  };
  return (Object.keys(pair.parts) as ScorePart[])
    .filter((p) => pair.parts[p].points > 0)
    .sort((a, b) => pair.parts[b].points - pair.parts[a].points)
    .map((p) => text[p]());
}
