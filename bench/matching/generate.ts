import type {
  MatchingInput,
  MatchingParticipant,
  MatchingStyle,
  MatchingTeamPreference,
  PairRef,
  SkillClaimRef,
  WeeklySlot,
} from "../../shared/src/matching";
import { MATCHING_STYLES } from "../../shared/src/matching";

/** mulberry32: a small seeded PRNG so that every run sees the same cohort. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sampler over 0..n-1 with Zipf(s) popularity, through a fixed permutation. */
function zipf(rand: () => number, n: number, s: number, perm: number[]): () => number {
  const cdf: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k++) {
    total += 1 / Math.pow(k, s);
    cdf.push(total);
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return perm[lo] ?? lo;
  };
}

function shuffled(rand: () => number, n: number): number[] {
  const a = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const r = Math.floor(rand() * (k + 1));
    const t = a[k] ?? 0;
    a[k] = a[r] ?? 0;
    a[r] = t;
  }
  return a;
}

const SKILLS = 160;
const GOALS = [
  "promotion",
  "architecture",
  "certification",
  "public speaking",
  "leadership",
  "career move",
  "on-call confidence",
  "automation",
  "cloud migration",
  "security mindset",
  "incident management",
  "stakeholders",
  "code review",
  "testing",
  "data modelling",
  "networking basics",
  "kubernetes",
  "people management",
  "writing",
  "estimation",
  "negotiation",
  "mentoring others",
  "product sense",
  "cost control",
  "observability",
  "performance",
  "scripting",
  "service desk",
  "vendor management",
  "work-life balance",
];
const ZONES = [0, 0, 60, 60, 60, 120, 120, 330, -300, -300, -360, -480, 480, 540, 600];

/**
 * A synthetic cohort: an org tree (6 reports per manager) for reporting lines and teams, skills
 * with Zipf popularity (demand and supply skewed differently), 3–8 skills each, capacities 1–3,
 * weekly availability inside local working hours, and a spread of time zones.
 */
export function generateCohort(mentees: number, mentors: number, seed = 42): MatchingInput {
  const rand = seededRandom(seed);
  const both = Math.floor(mentors * 0.05);
  const people = mentees + mentors - both;
  const demandPerm = shuffled(rand, SKILLS);
  // Supply follows demand loosely: swap a third of the ranks around.
  const supplyPerm = demandPerm.slice();
  for (let k = 0; k < SKILLS / 3; k++) {
    const a = Math.floor(rand() * SKILLS);
    const b = Math.floor(rand() * SKILLS);
    const t = supplyPerm[a] ?? 0;
    supplyPerm[a] = supplyPerm[b] ?? 0;
    supplyPerm[b] = t;
  }
  const demand = zipf(rand, SKILLS, 1.0, demandPerm);
  const supply = zipf(rand, SKILLS, 0.9, supplyPerm);
  const goal = zipf(rand, GOALS.length, 0.8, shuffled(rand, GOALS.length));
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const claims = (pick: () => number, minLevel: number): SkillClaimRef[] => {
    const count = int(3, 8);
    const seen = new Set<number>();
    const out: SkillClaimRef[] = [];
    while (out.length < count) {
      const s = pick();
      if (seen.has(s)) continue;
      seen.add(s);
      out.push({ skill: s, level: int(minLevel, 4) });
    }
    return out;
  };
  const availability = (offset: number): WeeklySlot[] => {
    const out: WeeklySlot[] = [];
    const count = int(2, 5);
    for (let k = 0; k < count; k++) {
      const day = int(0, 4);
      const startLocal = int(9 * 2, 16 * 2) * 30;
      const length = int(2, 6) * 30;
      let start = startLocal - offset;
      let d = day;
      while (start < 0) {
        start += 1440;
        d = (d + 6) % 7;
      }
      while (start >= 1440) {
        start -= 1440;
        d = (d + 1) % 7;
      }
      const end = Math.min(1440, start + length);
      if (end > start) out.push({ day: d, startMinute: start, endMinute: end });
    }
    return out;
  };
  const prefs: MatchingTeamPreference[] = [
    "no-preference",
    "no-preference",
    "cross-team",
    "cross-team",
    "same-team",
  ];

  // Mentors come mostly from the upper part of the org tree (lower indices), mentees from below.
  const isMentor = new Uint8Array(people);
  let placed = 0;
  while (placed < mentors) {
    const k = Math.floor(Math.pow(rand(), 1.6) * people);
    if (isMentor[k] === 0) {
      isMentor[k] = 1;
      placed++;
    }
  }
  const mentorIdx: number[] = [];
  for (let k = 0; k < people; k++) if (isMentor[k] === 1) mentorIdx.push(k);
  const alsoMentee = new Set<number>();
  while (alsoMentee.size < both) alsoMentee.add(mentorIdx[Math.floor(rand() * mentorIdx.length)] ?? 0);

  const participants: MatchingParticipant[] = [];
  for (let k = 0; k < people; k++) {
    const chain: string[] = [];
    for (let b = k; b > 0;) {
      b = Math.floor((b - 1) / 6);
      chain.push(`p${b}`);
    }
    const mentor = isMentor[k] === 1;
    const mentee = !mentor || alsoMentee.has(k);
    const offset = ZONES[Math.floor(rand() * ZONES.length)] ?? 0;
    const styles = new Set<MatchingStyle>();
    for (let s = int(0, 2); s > 0; s--)
      styles.add(MATCHING_STYLES[int(0, MATCHING_STYLES.length - 1)] ?? "listening");
    const goals = new Set<string>();
    for (let g = int(mentor ? 2 : 1, mentor ? 5 : 3); g > 0; g--) goals.add(GOALS[goal()] ?? "");
    const roll = rand();
    participants.push({
      id: `p${k}`,
      roles: mentee && mentor ? ["mentee", "mentor"] : mentor ? ["mentor"] : ["mentee"],
      team: k === 0 ? "board" : `team-${Math.floor((k - 1) / 6)}`,
      reportingLine: chain,
      learn: mentee ? claims(demand, 1) : [],
      offer: mentor ? claims(supply, 2) : [],
      goals: [...goals],
      availability: availability(offset),
      utcOffsetMinutes: offset,
      styles: [...styles],
      teamPreference: prefs[int(0, prefs.length - 1)] ?? "no-preference",
      capacity: mentor ? int(1, 3) : 0,
      status: roll < 0.03 ? "paused" : roll < 0.04 ? "left" : "active",
    });
  }
  const menteeIds = participants.filter((p) => p.roles.includes("mentee")).map((p) => p.id);
  const mentorIds = participants.filter((p) => p.roles.includes("mentor")).map((p) => p.id);
  const pick = (ids: string[]) => ids[Math.floor(rand() * ids.length)] ?? "";
  const pairs = (count: number): PairRef[] =>
    Array.from({ length: count }, () => ({ menteeId: pick(menteeIds), mentorId: pick(mentorIds) }));
  return {
    participants,
    endedPairs: pairs(Math.floor(mentees * 0.05)),
    excludedPairs: pairs(Math.floor(mentees * 0.01)),
    lockedPairs: pairs(Math.floor(mentees * 0.005)),
  };
}

/** Weights that score only the team preference: five distinct scores, so most pairs tie. */
export const TEAM_ONLY_WEIGHTS = { skill: 0, goal: 0, availability: 0, timezone: 0, style: 0, team: 1 };

/**
 * A tie-heavy cohort: `generateCohort`'s people and hard rules, but every mentee who is not also
 * a mentor has the first such mentee's profile (skills, goals, time, zone, styles, team and
 * preference) and every mentor takes one mentee. Each mentor then scores the same with all of them.
 */
export function generateSameProfileCohort(mentees: number, mentors: number, seed = 42): MatchingInput {
  const input = generateCohort(mentees, mentors, seed);
  const template = input.participants.find((p) => !p.roles.includes("mentor"));
  const participants = input.participants.map((p): MatchingParticipant => {
    if (p.roles.includes("mentor")) return { ...p, capacity: 1 };
    if (!template) return p;
    const { learn, goals, availability, utcOffsetMinutes, styles, team, teamPreference } = template;
    return { ...p, learn, goals, availability, utcOffsetMinutes, styles, team, teamPreference };
  });
  return { ...input, participants };
}
