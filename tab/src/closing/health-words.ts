import type { PairHealth, PairHealthRow } from "@baton/shared";

export const healthLabels: Record<PairHealth, string> = {
  "at-risk": "At risk",
  quiet: "Quiet",
  "on-track": "On track",
  finished: "Finished",
};

export const healthColors: Record<PairHealth, "danger" | "warning" | "success" | "informative"> = {
  "at-risk": "danger",
  quiet: "warning",
  "on-track": "success",
  finished: "informative",
};

/** "2 of 3" meetings against the cadence; milestone-based pairs have no expected number. */
export function meetingsWords(row: Pick<PairHealthRow, "meetingsHeld" | "meetingsExpected">): string {
  return row.meetingsExpected === null
    ? `${row.meetingsHeld} (milestone-based)`
    : `${row.meetingsHeld} of ${row.meetingsExpected}`;
}

/** Pairs an owner may still close (early or with the cycle). */
export const isLiveRow = (row: Pick<PairHealthRow, "state">) =>
  row.state === "active" || row.state === "paused";
