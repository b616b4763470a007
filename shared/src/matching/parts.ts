/**
 * The raw value (0–100) of every score part, as small integer functions shared by the single-pair
 * scorer and the bulk scanner so that both always agree.
 */

import { popcount32 } from "./bitset";
import type { MatchingTeamPreference } from "./types";

/** Points a covered skill adds to the raw skill part: its rarity, doubled when the level is met. */
export function skillPoints(rarity: number, levelMet: boolean): number {
  return levelMet ? rarity * 2 : rarity;
}

export function skillRaw(points: number): number {
  return points > 100 ? 100 : points;
}

/** Rarity 5 (every mentor offers it) to 25 (nobody does), from how many active mentors offer it. */
export function rarityOf(offeredBy: number, mentors: number): number {
  if (mentors <= 0) return 25;
  return 5 + Math.round((20 * Math.log((mentors + 1) / (offeredBy + 1))) / Math.log(mentors + 1));
}

export function goalRaw(shared: number, menteeGoals: number): number {
  return menteeGoals === 0 ? 0 : Math.round((100 * shared) / menteeGoals);
}

/** Two hours of shared weekly time (four half hours) is full marks. */
export const AVAILABILITY_TARGET_SLOTS = 4;
export function availabilityRaw(sharedHalfHours: number): number {
  return sharedHalfHours >= AVAILABILITY_TARGET_SLOTS ? 100 : sharedHalfHours * 25;
}

export function timezoneDistance(a: number, b: number): number {
  let d = Math.abs(a - b) % 1440;
  if (d > 720) d = 1440 - d;
  return d;
}

export function timezoneRaw(a: number, b: number): number {
  return Math.round((100 * (720 - timezoneDistance(a, b))) / 720);
}

/** Share of the mentee's preferred styles the mentor offers; neutral 50 when either gave none. */
export function styleRaw(menteeMask: number, mentorMask: number): number {
  if (menteeMask === 0 || mentorMask === 0) return 50;
  return Math.round((100 * popcount32(menteeMask & mentorMask)) / popcount32(menteeMask));
}

export const TEAM_PREF_CODE: Record<MatchingTeamPreference, number> = {
  "no-preference": 0,
  "cross-team": 1,
  "same-team": 2,
};

function teamSide(pref: number, sameTeam: boolean): number {
  if (pref === 1) return sameTeam ? 0 : 100;
  if (pref === 2) return sameTeam ? 100 : 0;
  return 50;
}

/** The average of how well the pair suits the mentee's and the mentor's team preference. */
export function teamRaw(menteePref: number, mentorPref: number, sameTeam: boolean): number {
  return (teamSide(menteePref, sameTeam) + teamSide(mentorPref, sameTeam)) / 2;
}
