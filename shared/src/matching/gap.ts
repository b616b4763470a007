/**
 * (dual − primal) / dual in percent, rounded UP to four decimals, so that a reported gap is never
 * below the real one. Both totals are integers (sums of integer scores and integral duals); the
 * rounding is done in exact integer arithmetic. 0 when dual ≤ 0 or dual ≤ primal.
 */
export function gapPercentUp(primal: number, dual: number): number {
  if (dual <= 0 || dual <= primal) return 0;
  const num = (dual - primal) * 1_000_000; // the gap in units of 1e-4 percent, times dual
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(dual)) {
    return Math.ceil((num / dual) * (1 + 1e-12)) / 1e4;
  }
  let q = Math.ceil(num / dual);
  // Correct the float division's last-bit error: q is the least integer with q·dual ≥ num.
  while (q * dual < num) q++;
  while (q > 0 && (q - 1) * dual >= num) q--;
  return q / 1e4;
}
