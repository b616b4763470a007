import type { Cohort } from "./cohort";
import { EXCLUDED } from "./scan";
import type { RowScanner } from "./scan";

export interface PricingResult {
  /** Mentee duals raised just enough to cover every eligible pair: always dual feasible. */
  liftedU: Float64Array;
  /** Σ liftedU + Σ capacity·v: a proven upper bound on the optimum of the free problem. */
  dualBound: number;
  /** Pairs outside the graph with positive reduced profit w − u − v, best few per mentee. */
  violations: Map<number, { mentor: number[]; weight: number[] }>;
  violationCount: number;
}

/**
 * Prices every eligible pair against the duals of a graph solution. A pair with w_ij > u_i + v_j
 * could improve the total; none means the graph solution is optimal for the whole cohort.
 */
export function pricePairs(
  c: Cohort,
  scanner: RowScanner,
  capacity: Int32Array,
  freeMentees: Int32Array,
  u: Float64Array,
  v: Float64Array,
  keepPerMentee: number,
): PricingResult {
  const liftedU = Float64Array.from(u);
  const violations = new Map<number, { mentor: number[]; weight: number[] }>();
  let violationCount = 0;
  const keepJ: number[] = [];
  const keepGain: number[] = [];
  const keepW: number[] = [];
  for (let f = 0; f < freeMentees.length; f++) {
    const i = freeMentees[f] ?? 0;
    const ui = u[i] ?? 0;
    const score = scanner.row(i, capacity);
    keepJ.length = 0;
    keepGain.length = 0;
    keepW.length = 0;
    let maxGain = 0;
    for (let j = 0; j < c.m; j++) {
      const w = score[j] ?? EXCLUDED;
      if (w <= 0) continue;
      const price = ui + (v[j] ?? 0);
      if (w <= price) continue;
      const gain = w - price;
      violationCount++;
      if (gain > maxGain) maxGain = gain;
      // Keep the `keepPerMentee` largest gains (ties: earlier mentor).
      if (keepJ.length < keepPerMentee || gain > (keepGain[keepGain.length - 1] ?? 0)) {
        let at = keepJ.length < keepPerMentee ? keepJ.length : keepPerMentee - 1;
        while (at > 0 && (keepGain[at - 1] ?? 0) < gain) {
          keepGain[at] = keepGain[at - 1] ?? 0;
          keepJ[at] = keepJ[at - 1] ?? 0;
          keepW[at] = keepW[at - 1] ?? 0;
          at--;
        }
        keepGain[at] = gain;
        keepJ[at] = j;
        keepW[at] = w;
      }
    }
    if (keepJ.length > 0) violations.set(i, { mentor: keepJ.slice(), weight: keepW.slice() });
    liftedU[i] = ui + maxGain;
  }
  let dualBound = 0;
  for (let f = 0; f < freeMentees.length; f++) dualBound += liftedU[freeMentees[f] ?? 0] ?? 0;
  for (let j = 0; j < c.m; j++) dualBound += (capacity[j] ?? 0) * (v[j] ?? 0);
  return { liftedU, dualBound, violations, violationCount };
}
