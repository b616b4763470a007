import type { Cohort } from "./cohort";
import { EXCLUDED } from "./scan";
import type { RowScanner } from "./scan";
import { tieRank } from "./tie-break";
import { BucketTopK } from "./top-k";

export interface PricingResult {
  /** Mentee duals raised just enough to cover every eligible pair: always dual feasible. */
  liftedU: Float64Array;
  /** Σ liftedU + Σ capacity·v: a proven upper bound on the optimum of the free problem. */
  dualBound: number;
  /** Pairs outside the graph with positive reduced profit w − u − v: the best few per mentee and
   * the best few per mentor, grouped by mentee. */
  violations: Map<number, { mentor: number[]; weight: number[] }>;
  violationCount: number;
}

/**
 * Prices every eligible pair against the duals of a graph solution. A pair with w_ij > u_i + v_j
 * could improve the total; none means the graph solution is optimal for the whole cohort.
 *
 * The violations to add next are ranked by the duals: each mentee keeps its `keepPerMentee` pairs
 * of largest gain w − u − v and each mentor its `keepPerMentor`, equal gains ordered by
 * `tieRank`. Keeping both sides matters when many mentees prefer the same mentors: the per-mentee
 * lists then all name the same few, while the per-mentor lists reach every mentor with a free or
 * underpriced slot in the same round.
 */
export function pricePairs(
  c: Cohort,
  scanner: RowScanner,
  capacity: Int32Array,
  freeMentees: Int32Array,
  u: Float64Array,
  v: Float64Array,
  keepPerMentee: number,
  keepPerMentor: number,
): PricingResult {
  const liftedU = Float64Array.from(u);
  const rows = new BucketTopK(1, Math.max(1, keepPerMentee));
  const cols = new BucketTopK(c.m, Math.max(1, keepPerMentor));
  const byMentee = new Map<number, { mentor: number[]; weight: number[] }>();
  const listOf = (i: number) => {
    let l = byMentee.get(i);
    if (!l) {
      l = { mentor: [], weight: [] };
      byMentee.set(i, l);
    }
    return l;
  };
  let violationCount = 0;
  for (let f = 0; f < freeMentees.length; f++) {
    const i = freeMentees[f] ?? 0;
    const ui = u[i] ?? 0;
    const score = scanner.row(i, capacity);
    rows.clear(0);
    let maxGain = 0;
    for (let j = 0; j < c.m; j++) {
      const w = score[j] ?? EXCLUDED;
      if (w <= 0) continue;
      const gain = w - ui - (v[j] ?? 0);
      if (gain <= 0) continue;
      violationCount++;
      if (gain > maxGain) maxGain = gain;
      const inRow = rows.admits(0, gain);
      const inCol = cols.admits(j, gain);
      if (!inRow && !inCol) continue;
      const r = tieRank(i, j);
      if (inRow) rows.offer(0, j, gain, w, r);
      if (inCol) cols.offer(j, i, gain, w, r);
    }
    if (rows.size(0) > 0) {
      const l = listOf(i);
      rows.forEach(0, (j, w) => {
        l.mentor.push(j);
        l.weight.push(w);
      });
    }
    liftedU[i] = ui + maxGain;
  }
  for (let j = 0; j < c.m; j++) {
    cols.forEach(j, (i, w) => {
      const l = listOf(i);
      l.mentor.push(j);
      l.weight.push(w);
    });
  }
  let dualBound = 0;
  for (let f = 0; f < freeMentees.length; f++) dualBound += liftedU[freeMentees[f] ?? 0] ?? 0;
  for (let j = 0; j < c.m; j++) dualBound += (capacity[j] ?? 0) * (v[j] ?? 0);
  return { liftedU, dualBound, violations: byMentee, violationCount };
}
