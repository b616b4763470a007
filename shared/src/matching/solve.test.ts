import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveMatching } from "./solve";
import {
  acceptedLocks,
  allowed,
  cohortArb,
  mentor,
  oracleOptimum,
  pairScore,
  person,
  tiedCohortArb,
  proposable,
} from "./test-fixtures";
import type { MatchingInput, MatchingOptions } from "./types";

const RUNS = 150;

/** Tiny exhaustive search, to check the munkres oracle itself. */
function bruteForce(input: MatchingInput): number {
  const locks = acceptedLocks(input);
  const locked = new Set(locks.map((l) => l.menteeId));
  const left = new Map<string, number>();
  for (const p of input.participants) if (p.status === "active") left.set(p.id, p.capacity);
  let base = 0;
  for (const l of locks) {
    base += pairScore(input, l.menteeId, l.mentorId);
    left.set(l.mentorId, (left.get(l.mentorId) ?? 0) - 1);
  }
  const mentees = input.participants.filter(
    (p) => p.status === "active" && p.roles.includes("mentee") && !locked.has(p.id),
  );
  const mentors = input.participants.filter((p) => p.status === "active" && p.roles.includes("mentor"));
  const go = (k: number): number => {
    const a = mentees[k];
    if (!a) return 0;
    let best = go(k + 1);
    for (const b of mentors) {
      if ((left.get(b.id) ?? 0) <= 0 || !proposable(input, a.id, b.id)) continue;
      const w = pairScore(input, a.id, b.id);
      if (w <= 0) continue;
      left.set(b.id, (left.get(b.id) ?? 0) - 1);
      best = Math.max(best, w + go(k + 1));
      left.set(b.id, (left.get(b.id) ?? 0) + 1);
    }
    return best;
  };
  return base + go(0);
}

const optionsArb: fc.Arbitrary<MatchingOptions> = fc.record({
  mode: fc.constant("certify" as const),
  menteeCandidates: fc.integer({ min: 1, max: 4 }),
  mentorCandidates: fc.integer({ min: 1, max: 3 }),
});

function checkRules(input: MatchingInput, result: ReturnType<typeof solveMatching>): void {
  const load = new Map<string, number>();
  const seen = new Set<string>();
  const locks = acceptedLocks(input);
  for (const a of result.assignments) {
    expect(seen.has(a.menteeId), `mentee ${a.menteeId} matched twice`).toBe(false);
    seen.add(a.menteeId);
    expect(allowed(input, a.menteeId, a.mentorId), `${a.menteeId}→${a.mentorId} breaks a hard rule`).toBe(
      true,
    );
    load.set(a.mentorId, (load.get(a.mentorId) ?? 0) + 1);
    expect(a.score).toBe(pairScore(input, a.menteeId, a.mentorId));
    if (!a.locked) expect(a.score).toBeGreaterThan(0);
    if (!a.locked)
      expect(
        proposable(input, a.menteeId, a.mentorId),
        `${a.menteeId}→${a.mentorId} shares no wanted skill`,
      ).toBe(true);
    expect(a.locked).toBe(locks.some((l) => l.menteeId === a.menteeId && l.mentorId === a.mentorId));
  }
  for (const [id, n] of load) {
    expect(n).toBeLessThanOrEqual(input.participants.find((p) => p.id === id)?.capacity ?? 0);
  }
  for (const l of locks) {
    expect(result.assignments.some((a) => a.menteeId === l.menteeId && a.mentorId === l.mentorId)).toBe(true);
  }
  // Everyone active as mentee is either matched or listed as unmatched, paused/left people too.
  for (const p of input.participants.filter((q) => q.roles.includes("mentee"))) {
    const matched = seen.has(p.id);
    const listed = result.unmatched.find((u) => u.menteeId === p.id);
    expect(matched !== (listed !== undefined)).toBe(true);
    if (p.status !== "active") expect(listed?.reason).toBe(p.status);
  }
}

describe("solveMatching against an exact oracle", () => {
  it("the munkres oracle agrees with exhaustive search on tiny cohorts", () => {
    fc.assert(
      fc.property(cohortArb(6), (input) => {
        expect(oracleOptimum(input)).toBe(bruteForce(input));
      }),
      { numRuns: 100 },
    );
  });

  it("certify mode reaches the optimum, breaks no rule, and proves it (dual = primal)", () => {
    fc.assert(
      fc.property(cohortArb(10), optionsArb, (input, options) => {
        const result = solveMatching(input, options);
        expect(result.totalScore).toBe(oracleOptimum(input));
        expect(result.certificate.optimal).toBe(true);
        expect(result.certificate.primal).toBe(result.totalScore);
        expect(result.certificate.dual).toBe(result.certificate.primal);
        expect(result.certificate.gapPercent).toBe(0);
        checkRules(input, result);
      }),
      { numRuns: RUNS },
    );
  });

  it("fast mode breaks no rule and its certified bound really bounds the optimum", () => {
    fc.assert(
      fc.property(cohortArb(10), (input) => {
        const result = solveMatching(input, { mode: "fast", menteeCandidates: 1, mentorCandidates: 1 });
        const optimum = oracleOptimum(input);
        expect(result.totalScore).toBeLessThanOrEqual(optimum);
        expect(result.certificate.dual).toBeGreaterThanOrEqual(optimum);
        if (result.certificate.optimal) expect(result.totalScore).toBe(optimum);
        checkRules(input, result);
      }),
      { numRuns: RUNS },
    );
  });

  it("returned duals are feasible for every proposable pair (u + v ≥ score)", () => {
    fc.assert(
      fc.property(cohortArb(10), (input) => {
        const result = solveMatching(input, { mode: "fast", menteeCandidates: 1, mentorCandidates: 1 });
        for (const [menteeId, u] of Object.entries(result.duals.mentees)) {
          for (const [mentorId, v] of Object.entries(result.duals.mentors)) {
            if (!proposable(input, menteeId, mentorId)) continue;
            expect(u + v).toBeGreaterThanOrEqual(pairScore(input, menteeId, mentorId));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic: the same input gives the same output", () => {
    fc.assert(
      fc.property(cohortArb(10), (input) => {
        const a = solveMatching(input, { mode: "certify" });
        const b = solveMatching(structuredClone(input), { mode: "certify" });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});

/** The reported gap (four decimals, rounded up) is never below (dual − primal) / dual. */
function expectGapNotUnderstated(result: ReturnType<typeof solveMatching>): void {
  const { primal, dual, gapPercent } = result.certificate;
  const q = BigInt(Math.round(gapPercent * 1e4));
  expect(q * BigInt(dual) >= BigInt(dual - primal) * 1_000_000n).toBe(true);
  // …and above it by less than one step of 0.0001.
  expect(gapPercent).toBeLessThan((100 * (dual - primal)) / Math.max(dual, 1) + 1.0001e-4);
}

describe("solveMatching against exact oracles when scores tie", () => {
  it("the munkres oracle agrees with exhaustive search on tiny tied cohorts", () => {
    fc.assert(
      fc.property(tiedCohortArb(6), (input) => {
        expect(oracleOptimum(input)).toBe(bruteForce(input));
      }),
      { numRuns: 100 },
    );
  });

  it("certify reaches and proves the optimum on tied cohorts, even with one candidate each", () => {
    fc.assert(
      fc.property(tiedCohortArb(12), optionsArb, (input, options) => {
        const result = solveMatching(input, options);
        expect(result.totalScore).toBe(oracleOptimum(input));
        expect(result.certificate.optimal).toBe(true);
        expect(result.certificate.dual).toBe(result.certificate.primal);
        checkRules(input, result);
      }),
      { numRuns: RUNS },
    );
  });

  it("fast mode on tied cohorts of up to 40 people: rules kept, bound valid, gap not understated", () => {
    fc.assert(
      fc.property(tiedCohortArb(40), fc.integer({ min: 1, max: 12 }), (input, k) => {
        const result = solveMatching(input, { mode: "fast", menteeCandidates: k, mentorCandidates: k });
        const optimum = oracleOptimum(input);
        expect(result.totalScore).toBeLessThanOrEqual(optimum);
        expect(result.certificate.dual).toBeGreaterThanOrEqual(optimum);
        if (result.certificate.optimal) expect(result.totalScore).toBe(optimum);
        expectGapNotUnderstated(result);
        checkRules(input, result);
      }),
      { numRuns: 60 },
    );
  });

  it("certify proves the optimum on tied cohorts of up to 40 people", () => {
    fc.assert(
      fc.property(tiedCohortArb(40), (input) => {
        const result = solveMatching(input, { mode: "certify" });
        expect(result.certificate.optimal).toBe(true);
        expect(result.totalScore).toBe(oracleOptimum(input));
      }),
      { numRuns: 60 },
    );
  });

  it("never reports a gap below the real one (rounded up to four decimals)", () => {
    fc.assert(
      fc.property(fc.oneof(cohortArb(10), tiedCohortArb(12)), (input) => {
        expectGapNotUnderstated(
          solveMatching(input, { mode: "fast", menteeCandidates: 1, mentorCandidates: 1 }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic on tied cohorts", () => {
    fc.assert(
      fc.property(tiedCohortArb(20), (input) => {
        for (const mode of ["fast", "certify"] as const) {
          expect(solveMatching(structuredClone(input), { mode })).toEqual(solveMatching(input, { mode }));
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("solveMatching on hand-made cohorts", () => {
  const skills = (...s: number[]) => s.map((skill) => ({ skill, level: 2 }));

  it("matches the whole cohort, not greedily", () => {
    // a–m1 is the best single pair (134), so greedy takes it and b is left without a mentor (134);
    // the optimum gives m2 to a (110) and m1 to b (124): 234.
    const input: MatchingInput = {
      participants: [
        person("a", { learn: skills(0, 1) }),
        person("b", { learn: skills(0) }),
        mentor("m1", { offer: skills(0, 1) }),
        mentor("m2", { offer: skills(1) }),
      ],
      excludedPairs: [{ menteeId: "b", mentorId: "m2" }],
      weights: { skill: 1, goal: 0, availability: 0, timezone: 1, style: 0, team: 0 },
    };
    const result = solveMatching(input, { mode: "certify" });
    expect(result.totalScore).toBe(234);
    const byMentee = Object.fromEntries(result.assignments.map((x) => [x.menteeId, x.mentorId]));
    expect(byMentee).toEqual({ a: "m2", b: "m1" });
    expect(result.totalScore).toBe(oracleOptimum(input));
  });

  it("never matches a person with themself, their manager, or someone they manage", () => {
    const input: MatchingInput = {
      participants: [
        person("self", { roles: ["mentee", "mentor"], capacity: 2, learn: skills(0), offer: skills(0) }),
        person("report", { learn: skills(0), reportingLine: ["boss"] }),
        mentor("boss", { offer: skills(0), reportingLine: ["self"] }),
      ],
    };
    const result = solveMatching(input, { mode: "certify" });
    const pairs = result.assignments.map((x) => `${x.menteeId}>${x.mentorId}`).sort();
    expect(pairs).toEqual(["report>self"]);
    expect(result.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([["self", "no-eligible-mentor"]]);
  });

  it("honours a lock even when it lowers the total, and rejects locks that break rules", () => {
    const input: MatchingInput = {
      participants: [
        person("a", { learn: skills(0) }),
        person("b", { learn: skills(1), status: "paused" }),
        mentor("good", { offer: skills(0) }),
        mentor("weak", { offer: skills(5) }),
      ],
      lockedPairs: [
        { menteeId: "a", mentorId: "weak" },
        { menteeId: "b", mentorId: "good" },
      ],
    };
    const result = solveMatching(input, { mode: "certify" });
    expect(result.assignments.map((x) => [x.menteeId, x.mentorId, x.locked])).toEqual([["a", "weak", true]]);
    expect(result.rejectedLocks).toEqual([{ menteeId: "b", mentorId: "good", reason: "b has paused" }]);
  });

  it("explains unmatched mentees: outbid, with the best alternative", () => {
    const input: MatchingInput = {
      participants: [
        person("a", { learn: skills(0, 1) }),
        person("b", { learn: skills(0) }),
        mentor("m", { offer: skills(0, 1) }),
      ],
    };
    const result = solveMatching(input, { mode: "certify" });
    expect(result.assignments.map((x) => x.menteeId)).toEqual(["a"]);
    expect(result.unmatched).toEqual([expect.objectContaining({ menteeId: "b", reason: "outbid" })]);
    expect(result.unmatched[0]?.bestAlternative?.mentorId).toBe("m");
  });

  it("rejects invalid input with the field named", () => {
    const input = { participants: [person("a", { capacity: 7 })] };
    expect(() => solveMatching(input)).toThrow(/participants\.0\.capacity/);
    const dup = { participants: [person("a"), person("a")] };
    expect(() => solveMatching(dup)).toThrow(/duplicate participant id a/);
  });
});
