import { describe, expect, it } from "vitest";
import { approvedWords, optimalityWords, overlapWords, timeDifferenceWords } from "./match-words";

const summary = {
  mentees: 3,
  mentors: 2,
  matched: 2,
  unmatched: 1,
  locked: 0,
  totalScore: 150,
  dualBound: 150,
  gapPercent: 0,
  optimal: true,
  blockingPairs: 0,
  stabilityExact: true,
};

describe("match words", () => {
  it("says how much weekly time a pair shares", () => {
    expect(overlapWords(0)).toBe("No weekly time in common");
    expect(overlapWords(45)).toBe("45 min a week in common");
    expect(overlapWords(150)).toBe("2 h 30 min a week in common");
  });

  it("says how far apart the time zones are", () => {
    expect(timeDifferenceWords(0)).toBe("Same time zone");
    expect(timeDifferenceWords(-330)).toBe("5 h 30 min apart");
    expect(timeDifferenceWords(120)).toBe("2 h apart");
  });

  it("says how good the total is", () => {
    expect(optimalityWords(summary)).toBe("The best possible total (proven).");
    // Rounded up, never below the certified gap.
    expect(optimalityWords({ ...summary, optimal: false, gapPercent: 1.234 })).toBe(
      "Within 1.3% of the best possible total.",
    );
    expect(optimalityWords({ ...summary, optimal: false, gapPercent: 0.3 })).toBe(
      "Within 0.3% of the best possible total.",
    );
    expect(optimalityWords({ ...summary, optimal: false, gapPercent: 0.0006 })).toBe(
      "Within 0.1% of the best possible total.",
    );
  });
});

describe("approvedWords", () => {
  it("says where a pair's introductions stand", () => {
    expect(approvedWords("sent")).toMatch(/both were introduced/);
    expect(approvedWords("queued")).toMatch(/on their way/);
    expect(approvedWords(undefined)).toMatch(/on their way/);
    expect(approvedWords("failed")).toMatch(/could not be delivered/);
  });
});
