import type { MatchFacts } from "../domain/match-facts";
import type { Skill } from "../domain/program";
import type { PairExplanation, ScorePart } from "../matching/types";
import type { MatchingContext } from "./to-matching-input";

export { matchFacts, type MatchFacts } from "../domain/match-facts";

/** Time zones further apart than this are not named as a reason to be together. */
const NEAR_TIME_ZONES_MINUTES = 180;

/** At most this many items are named in one sentence; the rest are counted ("and 3 more"). */
const MOST_NAMED = 6;

/** "a, b and c"; a long list names the first five and counts the rest, so a card stays small. */
export const listWords = (items: readonly string[], join = "and"): string => {
  const named =
    items.length > MOST_NAMED
      ? [...items.slice(0, MOST_NAMED - 1), `${items.length - MOST_NAMED + 1} more`]
      : items;
  return named.length <= 1
    ? (named[0] ?? "")
    : `${named.slice(0, -1).join(", ")} ${join} ${named[named.length - 1]}`;
};

export const hoursWords = (minutes: number) => {
  const h = Math.round((minutes / 60) * 2) / 2;
  return `${h} hour${h === 1 ? "" : "s"}`;
};

/** The facts of an engine pair, with skill names from the taxonomy and goal words as written. */
export function matchFactsOf(
  pair: PairExplanation,
  context: Pick<MatchingContext, "skillIds"> & Partial<Pick<MatchingContext, "goalWords">>,
  skills: readonly Skill[],
): MatchFacts {
  const skillName = (index: number) => {
    const id = context.skillIds[index];
    return skills.find((s) => s.id === id)?.name ?? id ?? "a skill";
  };
  const order = (Object.keys(pair.parts) as ScorePart[])
    .filter((p) => pair.parts[p].points > 0)
    .sort((a, b) => pair.parts[b].points - pair.parts[a].points);
  return {
    skills: pair.coveredSkills.map((c) => skillName(c.skill)),
    levelMet: pair.coveredSkills.length > 0 && pair.coveredSkills.every((c) => c.levelMet),
    goals: pair.sharedGoals.slice(0, 5).map((g) => context.goalWords?.[g] ?? g),
    styles: [...pair.sharedStyles],
    overlapMinutesPerWeek: pair.overlapMinutesPerWeek,
    timezoneDifferenceMinutes: pair.timezoneDifferenceMinutes,
    sameTeam: pair.sameTeam,
    teamRaw: pair.parts.team.raw,
    order,
  };
}

/** How each part is said, for one reader. */
export type Voice = {
  skill: (f: MatchFacts) => string;
  goal: (f: MatchFacts) => string;
  availability: (f: MatchFacts) => string;
  nearZone: string;
  zoneApart: (minutes: number) => string;
  style: (f: MatchFacts) => string;
  sameTeam: string;
  crossTeam: string;
};

/** The facts in one voice: a sentence per part that scored and is worth naming, strongest first. */
export function reasonsIn(f: MatchFacts, voice: Voice): string[] {
  const out: string[] = [];
  for (const part of f.order) {
    if (part === "skill" && f.skills.length > 0) out.push(voice.skill(f));
    if (part === "goal" && f.goals.length > 0) out.push(voice.goal(f));
    if (part === "availability" && f.overlapMinutesPerWeek > 0) out.push(voice.availability(f));
    if (part === "timezone" && f.timezoneDifferenceMinutes <= NEAR_TIME_ZONES_MINUTES)
      out.push(
        f.timezoneDifferenceMinutes === 0 ? voice.nearZone : voice.zoneApart(f.timezoneDifferenceMinutes),
      );
    if (part === "style" && f.styles.length > 0) out.push(voice.style(f));
    if (part === "team" && f.teamRaw > 50) out.push(f.sameTeam ? voice.sameTeam : voice.crossTeam);
  }
  return out;
}

/** Why a pair fits, for the program owner (names both people), strongest part first. */
export function ownerReasons(f: MatchFacts, menteeFirst: string, mentorFirst: string): string[] {
  return reasonsIn(f, {
    skill: (x) =>
      `${mentorFirst} offers ${listWords(x.skills)}, which ${menteeFirst} wants to learn${x.levelMet ? ", up to the level they aim for" : ""}.`,
    goal: (x) => `Their goals meet on ${listWords(x.goals)}.`,
    availability: (x) => `They share about ${hoursWords(x.overlapMinutesPerWeek)} of free time a week.`,
    nearZone: "They work in the same time zone.",
    zoneApart: (m) => `Their time zones are ${hoursWords(m)} apart.`,
    style: (x) => `Both like ${listWords(x.styles)} mentoring.`,
    sameTeam: "They work in the same team, as preferred.",
    crossTeam: "They come from different teams, as preferred: a fresh view for both.",
  });
}

/** Why a pair fits, for one of its members: addressed to "you", the partner by first name. */
export function readerReasons(f: MatchFacts, reader: "mentee" | "mentor", partnerFirst: string): string[] {
  return reasonsIn(f, {
    skill: (x) =>
      reader === "mentee"
        ? `${partnerFirst} offers ${listWords(x.skills)}, which you want to learn${x.levelMet ? ", at the level you aim for or above" : ""}.`
        : `You offer ${listWords(x.skills)}, which ${partnerFirst} wants to learn.`,
    goal: (x) => `Your goals meet on ${listWords(x.goals)}.`,
    availability: (x) => `You are both free for about ${hoursWords(x.overlapMinutesPerWeek)} a week.`,
    nearZone: "You work in the same time zone.",
    zoneApart: (m) => `Your time zones are ${hoursWords(m)} apart.`,
    style: (x) => `You both like ${listWords(x.styles)} mentoring.`,
    sameTeam: "You work in the same team, as preferred.",
    crossTeam: "You come from different teams, as preferred: a fresh view for both of you.",
  });
}

/** The opening line of an introduction: only what is true of this pair. */
export function introductionLine(
  f: MatchFacts | undefined,
  reader: "mentee" | "mentor",
  partnerFirst: string,
): string {
  if (!f) return reader === "mentee" ? "" : "Thank you for sharing what you know.";
  if (f.skills.length === 0)
    return reader === "mentee"
      ? `Your program owner paired you. ${partnerFirst} doesn't list a skill you want to learn, so agree together at your first meeting what to work on.`
      : `Your program owner paired you. ${partnerFirst} wants to learn something you don't list, so agree together at your first meeting what to work on.`;
  return reader === "mentee"
    ? `${partnerFirst} offers ${listWords(f.skills)}, which you want to learn.`
    : `${partnerFirst} wants to learn ${listWords(f.skills)}, which you offer. Thank you for sharing what you know.`;
}

export type FitLevel = "strong" | "good" | "fair";

export const PART_LABELS: Record<ScorePart, string> = {
  skill: "skills",
  goal: "goals",
  availability: "shared time",
  timezone: "time zones",
  style: "mentoring style",
  team: "team preference",
};

/**
 * A fit on a scale people understand: the share of the best possible score (each part's weight ×
 * 100) as strong (≥ 60%), good (≥ 40%) or fair, with the parts behind it in words ("skills strong,
 * shared time some"). Parts with no weight are left out.
 */
export function fitScale(parts: Record<ScorePart, { raw: number; weight: number; points: number }>): {
  level: FitLevel;
  label: string;
  parts: string;
} {
  const keys = (Object.keys(parts) as ScorePart[]).filter((p) => parts[p].weight > 0);
  const best = keys.reduce((sum, p) => sum + parts[p].weight * 100, 0);
  const got = keys.reduce((sum, p) => sum + parts[p].points, 0);
  const share = best > 0 ? got / best : 0;
  const level: FitLevel = share >= 0.6 ? "strong" : share >= 0.4 ? "good" : "fair";
  const word = (raw: number) => (raw >= 75 ? "strong" : raw >= 40 ? "some" : raw > 0 ? "little" : "none");
  const ordered = [...keys].sort((a, b) => parts[b].points - parts[a].points);
  return {
    level,
    label: `${level[0]?.toUpperCase()}${level.slice(1)} fit`,
    parts: ordered.map((p) => `${PART_LABELS[p]} ${word(parts[p].raw)}`).join(", "),
  };
}
