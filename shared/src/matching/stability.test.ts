import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveMatching } from "./solve";
import { cohortArb, pairScore, proposable } from "./test-fixtures";
import type { MatchingInput, MatchingResult } from "./types";

/** Blocking pairs by definition, pair by pair. */
function countBlocking(input: MatchingInput, r: MatchingResult): number {
  let count = 0;
  for (const a of input.participants) {
    const mine = r.assignments.find((x) => x.menteeId === a.id);
    if (mine?.locked) continue;
    for (const b of input.participants) {
      if (!proposable(input, a.id, b.id) || mine?.mentorId === b.id) continue;
      const w = pairScore(input, a.id, b.id);
      if (w <= 0 || w <= (mine?.score ?? 0)) continue;
      const theirs = r.assignments.filter((x) => x.mentorId === b.id);
      const capacity = input.participants.find((p) => p.id === b.id)?.capacity ?? 0;
      const unlocked = theirs.filter((x) => !x.locked).map((x) => x.score);
      if (theirs.length < capacity || (unlocked.length > 0 && w > Math.min(...unlocked))) count++;
    }
  }
  return count;
}

describe("stability audit", () => {
  it("counts blocking pairs exactly on small cohorts", () => {
    fc.assert(
      fc.property(cohortArb(10), (input) => {
        const r = solveMatching(input, { mode: "certify" });
        expect(r.stability.exact).toBe(true);
        expect(r.stability.blockingPairs).toBe(countBlocking(input, r));
      }),
      { numRuns: 150 },
    );
  });

  it("samples and says so above the pair limit", () => {
    fc.assert(
      fc.property(cohortArb(10), (input) => {
        const r = solveMatching(input, { mode: "certify", stabilityPairLimit: 2 });
        if (r.stats.mentees * r.stats.mentors <= 2 || r.stability.menteesTotal < 2) return;
        expect(r.stability.exact).toBe(false);
        expect(r.stability.menteesChecked).toBeLessThan(r.stability.menteesTotal);
        expect(r.stability.note).toMatch(/estimated/);
      }),
      { numRuns: 50 },
    );
  });
});
