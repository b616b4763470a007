import { WEEK_WORDS, andBits, andCount } from "./bitset";
import type { Cohort } from "./cohort";
import {
  availabilityRaw,
  goalRaw,
  skillPoints,
  skillRaw,
  teamRaw,
  timezoneDistance,
  timezoneRaw,
} from "./parts";
import { MATCHING_STYLES, SCORE_PARTS } from "./types";
import type { PairExplanation, ScoreBreakdown, ScorePart } from "./types";

/** Raw values (0–100) of each part for mentee i and mentor j, computed with bitsets. */
export function rawParts(c: Cohort, i: number, j: number): Record<ScorePart, number> {
  const W = c.skillWords;
  let points = 0;
  // Covered skills: learn ∩ offer, one bitset AND per word; the level check is a table lookup.
  for (const s of andBits(c.menteeLearnBits, i * W, c.mentorOfferBits, j * W, W)) {
    const wanted = wantedLevel(c, i, s);
    const offered = c.mentorOfferLevel[j * c.skillCount + s] ?? 0;
    points += skillPoints(c.rarity[s] ?? 0, offered >= wanted);
  }
  return {
    skill: skillRaw(points),
    goal: goalRaw(sharedGoals(c, i, j).length, (c.menteeGoalStart[i + 1] ?? 0) - (c.menteeGoalStart[i] ?? 0)),
    availability: availabilityRaw(
      andCount(c.menteeAvail, i * WEEK_WORDS, c.mentorAvail, j * WEEK_WORDS, WEEK_WORDS),
    ),
    timezone: timezoneRaw(c.menteeTz[i] ?? 0, c.mentorTz[j] ?? 0),
    style: c.styleTable[(c.menteeStyle[i] ?? 0) * 32 + (c.mentorStyle[j] ?? 0)] ?? 0,
    team: teamRaw(c.menteePref[i] ?? 0, c.mentorPref[j] ?? 0, c.menteeTeam[i] === c.mentorTeam[j]),
  };
}

function wantedLevel(c: Cohort, i: number, skill: number): number {
  for (let k = c.learnStart[i] ?? 0; k < (c.learnStart[i + 1] ?? 0); k++) {
    if (c.learnSkill[k] === skill) return c.learnLevel[k] ?? 1;
  }
  return 0;
}

function sharedGoals(c: Cohort, i: number, j: number): number[] {
  const out: number[] = [];
  let a = c.menteeGoalStart[i] ?? 0;
  const aEnd = c.menteeGoalStart[i + 1] ?? 0;
  let b = c.mentorGoalStart[j] ?? 0;
  const bEnd = c.mentorGoalStart[j + 1] ?? 0;
  while (a < aEnd && b < bEnd) {
    const x = c.menteeGoal[a] ?? 0;
    const y = c.mentorGoal[b] ?? 0;
    if (x === y) {
      out.push(x);
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return out;
}

export function breakdown(c: Cohort, raw: Record<ScorePart, number>): ScoreBreakdown {
  const out = {} as ScoreBreakdown;
  for (const part of SCORE_PARTS) {
    const weight = c.weights[part];
    out[part] = { raw: raw[part], weight, points: raw[part] * weight };
  }
  return out;
}

export function totalOf(parts: ScoreBreakdown): number {
  let t = 0;
  for (const part of SCORE_PARTS) t += parts[part].points;
  return t;
}

/** The integer score of a pair: Σ weight × raw over the named parts. */
export function scorePair(c: Cohort, i: number, j: number): number {
  return totalOf(breakdown(c, rawParts(c, i, j)));
}

const PART_LABEL: Record<ScorePart, string> = {
  skill: "skill coverage",
  goal: "goal fit",
  availability: "shared weekly time",
  timezone: "time zone",
  style: "mentoring style",
  team: "team preference",
};

/** Everything needed to show why a pair scores what it does. */
export function explainIndices(c: Cohort, i: number, j: number): PairExplanation {
  const raw = rawParts(c, i, j);
  const parts = breakdown(c, raw);
  const W = c.skillWords;
  const coveredSkills = andBits(c.menteeLearnBits, i * W, c.mentorOfferBits, j * W, W).map((s) => {
    const wanted = wantedLevel(c, i, s);
    const offered = c.mentorOfferLevel[j * c.skillCount + s] ?? 0;
    return { skill: s, wanted, offered, rarity: c.rarity[s] ?? 0, levelMet: offered >= wanted };
  });
  const overlap = andCount(c.menteeAvail, i * WEEK_WORDS, c.mentorAvail, j * WEEK_WORDS, WEEK_WORDS) * 30;
  const styles = (c.menteeStyle[i] ?? 0) & (c.mentorStyle[j] ?? 0);
  const tzDiff = timezoneDistance(c.menteeTz[i] ?? 0, c.mentorTz[j] ?? 0);
  const reasons = SCORE_PARTS.filter((p) => parts[p].points > 0)
    .sort((a, b) => parts[b].points - parts[a].points || SCORE_PARTS.indexOf(a) - SCORE_PARTS.indexOf(b))
    .map((p) => `${PART_LABEL[p]}: ${parts[p].points} points (${parts[p].raw}/100 × ${parts[p].weight})`);
  return {
    menteeId: c.menteeIds[i] ?? "",
    mentorId: c.mentorIds[j] ?? "",
    score: totalOf(parts),
    parts,
    reasons,
    coveredSkills,
    sharedGoals: sharedGoals(c, i, j).map((g) => c.goalNames[g] ?? ""),
    sharedStyles: MATCHING_STYLES.filter((_, k) => ((styles >>> k) & 1) === 1),
    overlapMinutesPerWeek: overlap,
    timezoneDifferenceMinutes: tzDiff,
    sameTeam: c.menteeTeam[i] === c.mentorTeam[j],
  };
}
