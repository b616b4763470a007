/**
 * Test support for the matching tests (not exported from the package): a participant builder,
 * fast-check arbitraries for small random cohorts, and an independent optimum oracle built on
 * `munkres` (mentors expanded into one column per capacity slot, plus one "stay unmatched" column
 * per mentee). The oracle re-implements the hard rules on purpose instead of reusing rules.ts.
 */
import fc from "fast-check";
import { munkres } from "munkres";
import { compileCohort } from "./cohort";
import type { Cohort } from "./cohort";
import { resolveWeights } from "./schema";
import { explainIndices } from "./score";
import { MATCHING_STYLES } from "./types";
import type { MatchingInput, MatchingParticipant, PairRef, WeeklySlot } from "./types";

export function person(id: string, overrides: Partial<MatchingParticipant> = {}): MatchingParticipant {
  return {
    id,
    roles: ["mentee"],
    team: "",
    reportingLine: [],
    learn: [],
    offer: [],
    goals: [],
    availability: [],
    utcOffsetMinutes: 0,
    styles: [],
    teamPreference: "no-preference",
    capacity: 0,
    status: "active",
    ...overrides,
  };
}

export function mentor(id: string, overrides: Partial<MatchingParticipant> = {}): MatchingParticipant {
  return person(id, { roles: ["mentor"], capacity: 1, ...overrides });
}

const slotArb: fc.Arbitrary<WeeklySlot> = fc
  .record({
    day: fc.integer({ min: 0, max: 2 }),
    start: fc.integer({ min: 16, max: 22 }),
    len: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ day, start, len }) => ({ day, startMinute: start * 30, endMinute: (start + len) * 30 }));

const claimsArb = fc.uniqueArray(
  fc.record({ skill: fc.integer({ min: 0, max: 5 }), level: fc.integer({ min: 1, max: 4 }) }),
  { selector: (c) => c.skill, maxLength: 4 },
);

function participantArb(id: string, others: string[]): fc.Arbitrary<MatchingParticipant> {
  return fc.record({
    id: fc.constant(id),
    roles: fc.constantFrom<MatchingParticipant["roles"]>(
      ["mentee"],
      ["mentor"],
      ["mentee", "mentor"],
      ["mentee"],
    ),
    team: fc.constantFrom("a", "b", "c", ""),
    reportingLine:
      others.length > 0 ? fc.subarray(others, { maxLength: Math.min(2, others.length) }) : fc.constant([]),
    learn: claimsArb,
    offer: claimsArb,
    goals: fc.subarray(["cloud", "Lead", "sql", "talks"], { maxLength: 2 }),
    availability: fc.array(slotArb, { maxLength: 2 }),
    utcOffsetMinutes: fc.constantFrom(0, 60, -300, 330, 540),
    styles: fc.subarray([...MATCHING_STYLES], { maxLength: 2 }),
    teamPreference: fc.constantFrom<MatchingParticipant["teamPreference"]>(
      "cross-team",
      "same-team",
      "no-preference",
    ),
    capacity: fc.integer({ min: 0, max: 3 }),
    status: fc.constantFrom<MatchingParticipant["status"]>(
      "active",
      "active",
      "active",
      "active",
      "paused",
      "left",
    ),
  });
}

/** Random cohorts of 2–maxPeople people with rules, locks and sometimes custom weights. */
export function cohortArb(maxPeople = 10): fc.Arbitrary<MatchingInput> {
  return fc.integer({ min: 2, max: maxPeople }).chain((count) => {
    const ids = Array.from({ length: count }, (_, k) => `p${k}`);
    const pairArb: fc.Arbitrary<PairRef> = fc.record({
      menteeId: fc.constantFrom(...ids),
      mentorId: fc.constantFrom(...ids),
    });
    return fc.record({
      participants: fc.tuple(
        ...ids.map((id) =>
          participantArb(
            id,
            ids.filter((x) => x !== id),
          ),
        ),
      ),
      endedPairs: fc.array(pairArb, { maxLength: 3 }),
      excludedPairs: fc.array(pairArb, { maxLength: 3 }),
      lockedPairs: fc.array(pairArb, { maxLength: 2 }),
      weights: fc.option(
        fc.record({
          skill: fc.integer({ min: 0, max: 5 }),
          goal: fc.integer({ min: 0, max: 3 }),
          availability: fc.integer({ min: 0, max: 3 }),
          timezone: fc.integer({ min: 0, max: 2 }),
          style: fc.integer({ min: 0, max: 2 }),
          team: fc.integer({ min: 0, max: 2 }),
        }),
        { nil: undefined },
      ),
    });
  });
}

/** Weights that leave only one or two parts, so that few distinct scores exist. */
const tieWeightsArb = fc.constantFrom<MatchingInput["weights"]>(
  { skill: 0, goal: 0, availability: 0, timezone: 0, style: 0, team: 1 },
  { skill: 0, goal: 0, availability: 0, timezone: 0, style: 1, team: 0 },
  { skill: 0, goal: 1, availability: 0, timezone: 0, style: 0, team: 0 },
  { skill: 0, goal: 0, availability: 1, timezone: 1, style: 0, team: 0 },
  { skill: 1, goal: 0, availability: 0, timezone: 0, style: 0, team: 1 },
  undefined,
);

/**
 * Tie-heavy cohorts of 2–maxPeople people: everyone copies one of one to three profiles (skills,
 * goals, time, zone, styles, team preference), teams come from two names, and the weights keep
 * one or two parts, so most pairs score the same. Roles, capacities, status and hard rules vary.
 */
export function tiedCohortArb(maxPeople = 10): fc.Arbitrary<MatchingInput> {
  const profilesArb = fc.array(participantArb("template", []), { minLength: 1, maxLength: 3 });
  return fc.tuple(fc.integer({ min: 2, max: maxPeople }), profilesArb).chain(([count, profiles]) => {
    const ids = Array.from({ length: count }, (_, k) => `p${k}`);
    const pairArb: fc.Arbitrary<PairRef> = fc.record({
      menteeId: fc.constantFrom(...ids),
      mentorId: fc.constantFrom(...ids),
    });
    const personArb = (id: string) =>
      fc
        .record({
          profile: fc.constantFrom(...profiles),
          roles: fc.constantFrom<MatchingParticipant["roles"]>(
            ["mentee"],
            ["mentor"],
            ["mentee"],
            ["mentee", "mentor"],
          ),
          team: fc.constantFrom("a", "b"),
          capacity: fc.integer({ min: 1, max: 3 }),
          status: fc.constantFrom<MatchingParticipant["status"]>(
            "active",
            "active",
            "active",
            "active",
            "paused",
          ),
          boss: fc.option(fc.constantFrom(...ids), { freq: 4, nil: undefined }),
        })
        .map(({ profile, roles, team, capacity, status, boss }) => ({
          ...profile,
          id,
          roles,
          team,
          capacity,
          status,
          reportingLine: boss !== undefined && boss !== id ? [boss] : [],
        }));
    return fc.record({
      participants: fc.tuple(...ids.map(personArb)),
      endedPairs: fc.array(pairArb, { maxLength: 2 }),
      excludedPairs: fc.array(pairArb, { maxLength: 2 }),
      lockedPairs: fc.array(pairArb, { maxLength: 2 }),
      weights: tieWeightsArb,
    });
  });
}

/** Independent statement of the hard rules. */
export function allowed(input: MatchingInput, menteeId: string, mentorId: string): boolean {
  const a = input.participants.find((p) => p.id === menteeId);
  const b = input.participants.find((p) => p.id === mentorId);
  if (!a || !b || a.id === b.id) return false;
  if (a.status !== "active" || b.status !== "active") return false;
  if (!a.roles.includes("mentee") || !b.roles.includes("mentor") || b.capacity < 1) return false;
  if (a.reportingLine.includes(b.id) || b.reportingLine.includes(a.id)) return false;
  const same = (p: PairRef, x: string, y: string) => p.menteeId === x && p.mentorId === y;
  if ((input.endedPairs ?? []).some((p) => same(p, a.id, b.id) || same(p, b.id, a.id))) return false;
  if ((input.excludedPairs ?? []).some((p) => same(p, a.id, b.id))) return false;
  return true;
}

/** The pair covers at least one skill the mentee wants to learn. */
export function coversWantedSkill(input: MatchingInput, menteeId: string, mentorId: string): boolean {
  const a = input.participants.find((p) => p.id === menteeId);
  const b = input.participants.find((p) => p.id === mentorId);
  return (a?.learn ?? []).some((w) => (b?.offer ?? []).some((o) => o.skill === w.skill));
}

/** What the engine may propose on its own: allowed, and covering a wanted skill (locks need only be allowed). */
export function proposable(input: MatchingInput, menteeId: string, mentorId: string): boolean {
  return allowed(input, menteeId, mentorId) && coversWantedSkill(input, menteeId, mentorId);
}

const compiled = new WeakMap<MatchingInput, Cohort>();

/** The engine's score for a pair (0 when either is not active), compiling each input only once. */
export function pairScore(input: MatchingInput, menteeId: string, mentorId: string): number {
  let c = compiled.get(input);
  if (!c) {
    c = compileCohort(input, resolveWeights(input.weights));
    compiled.set(input, c);
  }
  const i = c.menteeIndex.get(menteeId);
  const j = c.mentorIndex.get(mentorId);
  return i === undefined || j === undefined ? 0 : explainIndices(c, i, j).score;
}

/** Locks as the engine should honour them: in order, allowed, one per mentee, within capacity. */
export function acceptedLocks(input: MatchingInput): PairRef[] {
  const used = new Map<string, number>();
  const lockedMentees = new Set<string>();
  const out: PairRef[] = [];
  for (const l of input.lockedPairs ?? []) {
    if (!allowed(input, l.menteeId, l.mentorId) || lockedMentees.has(l.menteeId)) continue;
    const cap = input.participants.find((p) => p.id === l.mentorId)?.capacity ?? 0;
    if ((used.get(l.mentorId) ?? 0) >= cap) continue;
    used.set(l.mentorId, (used.get(l.mentorId) ?? 0) + 1);
    lockedMentees.add(l.menteeId);
    out.push(l);
  }
  return out;
}

/** The optimum total score by the Hungarian method (munkres) on the slot-expanded matrix. */
export function oracleOptimum(input: MatchingInput): number {
  const locks = acceptedLocks(input);
  const lockedMentees = new Set(locks.map((l) => l.menteeId));
  let total = 0;
  for (const l of locks) total += pairScore(input, l.menteeId, l.mentorId);
  const mentees = input.participants.filter(
    (p) => p.status === "active" && p.roles.includes("mentee") && !lockedMentees.has(p.id),
  );
  const slots: string[] = [];
  for (const p of input.participants) {
    if (p.status !== "active" || !p.roles.includes("mentor")) continue;
    const left = p.capacity - locks.filter((l) => l.mentorId === p.id).length;
    for (let k = 0; k < left; k++) slots.push(p.id);
  }
  if (mentees.length === 0) return total;
  const FORBIDDEN = -1e9;
  const profit = mentees.map((a) => [
    ...slots.map((b) => {
      if (!proposable(input, a.id, b)) return FORBIDDEN;
      const w = pairScore(input, a.id, b);
      return w > 0 ? w : FORBIDDEN;
    }),
    ...mentees.map(() => 0),
  ]);
  const cost = profit.map((row) => row.map((x) => -x));
  for (const [r, col] of munkres(cost)) {
    const w = profit[r]?.[col] ?? 0;
    if (w > 0) total += w;
  }
  return total;
}
