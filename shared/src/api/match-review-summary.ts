import type { MatchingView } from "./matching-api";

/** The counts of a match review, all taken from the lists the page shows. */
export interface MatchReviewCounts {
  /** Mentees in the review: with a proposed, locked, excluded or approved mentor, or not matched. */
  mentees: number;
  /** Mentees with a mentor in the list (any status). */
  matched: number;
  notMatched: number;
  locked: number;
  approved: number;
  waiting: number;
}

/** Counts from the view's own lists, so a heading never disagrees with the list below it. */
export function matchReviewCounts(
  view: Pick<MatchingView, "proposals" | "unmatched" | "waiting">,
): MatchReviewCounts {
  const matched = view.proposals.length;
  const notMatched = view.unmatched.length;
  return {
    mentees: matched + notMatched,
    matched,
    notMatched,
    locked: view.proposals.filter((p) => p.status === "locked").length,
    approved: view.proposals.filter((p) => p.status === "approved").length,
    waiting: view.waiting.length,
  };
}

/** How the run was made, in words that match what it reports. */
export function runModeWords(mode: "fast" | "certify"): string {
  return mode === "certify" ? "thorough (proves the best total)" : "fast";
}

/**
 * How good the total is, honest about the mode: a fast run whose bound happens to meet its total
 * says so, instead of calling itself proven while labelled fast.
 */
export function totalWords(
  mode: "fast" | "certify",
  summary: { optimal: boolean; gapPercent: number },
): string {
  if (summary.optimal)
    return mode === "certify"
      ? "The best possible total (proven)."
      : "The best possible total: this fast run's bound happens to meet it.";
  // Rounded up to 0.1 %: the words must never promise a smaller gap than the certificate proves.
  const gap = Math.ceil(summary.gapPercent * 10 - 1e-9) / 10;
  return mode === "certify"
    ? `Within ${gap}% of the best possible total (the proof stopped early).`
    : `Within ${gap}% of the best possible total. Tick "Prove the best possible total" to close the gap.`;
}

/** The latest run's summary lines, as the match review shows them (`when` is the formatted finish time). */
export function matchReviewSummaryRows(view: MatchingView, when: string): [string, string][] {
  const run = view.run;
  if (!run) return [];
  const c = matchReviewCounts(view);
  const s = run.summary;
  return [
    ["Run", `${when} (${runModeWords(run.mode)})`],
    ["Matched", `${c.matched} of ${c.mentees} ${c.mentees === 1 ? "mentee" : "mentees"}`],
    ["Not matched", String(c.notMatched)],
    ["Locked pairs", String(c.locked)],
    ["Approved", String(c.approved)],
    ["Total score", `${Math.round(s.totalScore)}. ${totalWords(run.mode, s)}`],
    [
      "Stability",
      s.blockingPairs === 0
        ? "No mentee and mentor would both rather be together than with their match."
        : `${s.blockingPairs} mentee and mentor ${s.blockingPairs === 1 ? "pair" : "pairs"} would both rather be together.`,
    ],
  ];
}
