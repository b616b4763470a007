import type { Cohort } from "./cohort";
import { EXCLUDED } from "./scan";
import type { RowScanner } from "./scan";
import type { StabilityReport } from "./types";

/**
 * Counts blocking pairs: an eligible mentee i and mentor j who both gain by leaving their
 * assignment for each other — i scores higher with j than with its match (any positive score beats
 * being unmatched) and j has a free slot or would drop its weakest unlocked mentee for i. Locked
 * mentees never block. Above `pairLimit` pairs, every k-th mentee is checked and the count scaled.
 */
export function auditStability(
  c: Cohort,
  scanner: RowScanner,
  mentorOf: Int32Array,
  weightOf: Int32Array,
  locked: Uint8Array,
  pairLimit: number,
): StabilityReport {
  const m = c.m;
  const load = new Int32Array(m);
  const weakest = new Float64Array(m).fill(Infinity);
  for (let i = 0; i < c.n; i++) {
    const j = mentorOf[i] ?? -1;
    if (j < 0) continue;
    load[j] = (load[j] ?? 0) + 1;
    if (locked[i] === 0) weakest[j] = Math.min(weakest[j] ?? Infinity, weightOf[i] ?? 0);
  }
  const threshold = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    threshold[j] = (load[j] ?? 0) < (c.mentorCapacity[j] ?? 0) ? 0 : (weakest[j] ?? Infinity);
  }
  const pairs = c.n * m;
  const stride = pairs > pairLimit ? Math.ceil(pairs / Math.max(1, pairLimit)) : 1;
  let checked = 0;
  let total = 0;
  let blocking = 0;
  for (let i = 0; i < c.n; i++) {
    if (locked[i] === 1) continue;
    total++;
    if ((total - 1) % stride !== 0) continue;
    checked++;
    const cur = weightOf[i] ?? 0;
    const score = scanner.row(i, c.mentorCapacity);
    for (let j = 0; j < m; j++) {
      const w = score[j] ?? EXCLUDED;
      if (w > cur && w > (threshold[j] ?? Infinity)) blocking++;
    }
  }
  const exact = checked === total;
  const estimate = exact || checked === 0 ? blocking : Math.round((blocking * total) / checked);
  return {
    blockingPairs: estimate,
    exact,
    menteesChecked: checked,
    menteesTotal: total,
    note: exact
      ? "exact count over all eligible pairs (scores as both sides' preferences)"
      : `estimated from every ${stride}th mentee (${checked} of ${total}); ${blocking} blocking pairs found in the sample`,
  };
}
