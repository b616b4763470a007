import type { Cadence } from "../domain/common";

export const DAY_MS = 24 * 3600 * 1000;

/** Days between sessions for a cadence; milestone-based pairs meet when a milestone needs it. */
export function cadenceDays(cadence: Cadence): number | undefined {
  switch (cadence) {
    case "weekly":
      return 7;
    case "biweekly":
      return 14;
    case "monthly":
      return 30;
    case "milestone":
      return undefined;
  }
}

/** How long a pair may go without meeting before the nudge is twice this (milestone pairs: 30 days). */
export const quietBaseDays = (cadence: Cadence): number => cadenceDays(cadence) ?? 30;
