import { describe, expect, it } from "vitest";
import type { MatchingView, ProposalView, UnmatchedView } from "./matching-api";
import { matchReviewSummaryRows, totalWords } from "./match-review-summary";

const proposal = (menteeId: string, status: ProposalView["status"]): ProposalView =>
  ({ menteeId, menteeName: menteeId, mentorId: "m", mentorName: "M", status }) as ProposalView;
const unmatched = (menteeId: string): UnmatchedView => ({
  menteeId,
  menteeName: menteeId,
  reason: "no-eligible-mentor",
  message: "",
  bestAlternative: null,
});

/** The run's stored summary counts a mentee who left since, as the old page did (9 mentees, 2 unmatched). */
const view: MatchingView = {
  programId: "p",
  programName: "P",
  running: false,
  run: {
    runId: "r",
    mode: "fast",
    startedBy: "o",
    startedAt: "2026-01-01T10:00:00.000Z",
    finishedAt: "2026-01-01T10:00:01.000Z",
    durationMs: 1000,
    summary: {
      mentees: 9,
      mentors: 4,
      matched: 8,
      unmatched: 2,
      locked: 0,
      totalScore: 1000,
      dualBound: 1000,
      gapPercent: 0,
      optimal: true,
      blockingPairs: 0,
      stabilityExact: true,
    },
    rejectedLocks: [],
  },
  proposals: [
    ...["a", "b", "c", "d", "e", "f", "g"].map((id) => proposal(id, "proposed")),
    proposal("h", "locked"),
  ],
  unmatched: [unmatched("i")],
  waiting: [],
  mentors: [],
};

describe("match review summary", () => {
  it("takes every count from the lists the page shows", () => {
    const rows = Object.fromEntries(matchReviewSummaryRows(view, "1 Jan"));
    expect(rows.Matched).toBe(
      `${view.proposals.length} of ${view.proposals.length + view.unmatched.length} mentees`,
    );
    expect(rows["Not matched"]).toBe(String(view.unmatched.length));
    expect(rows["Locked pairs"]).toBe("1");
  });

  it("never calls a fast run proven, and says how to close a gap", () => {
    const rows = Object.fromEntries(matchReviewSummaryRows(view, "1 Jan"));
    expect(rows.Run).toBe("1 Jan (fast)");
    expect(rows["Total score"]).not.toMatch(/proven/);
    expect(totalWords("certify", { optimal: true, gapPercent: 0 })).toBe("The best possible total (proven).");
    // Rounded up (issue 13): the words never promise a smaller gap than the certificate proves.
    expect(totalWords("fast", { optimal: false, gapPercent: 1.234 })).toMatch(
      /^Within 1.3% .*Prove the best/,
    );
    expect(totalWords("fast", { optimal: false, gapPercent: 0.0006 })).toMatch(/^Within 0.1% /);
  });
});
