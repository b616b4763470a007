import type { Cohort } from "./cohort";
import { graphFromLists } from "./graph";
import type { PairGraph } from "./graph";
import { EXCLUDED } from "./scan";
import type { RowScanner } from "./scan";

/**
 * The pruned candidate graph: for every free mentee its best `perMentee` mentors, and for every
 * mentor its best `perMentor` mentees (so that no mentor is left without candidates), in one
 * scanned pass over all pairs. Ties keep the lower index.
 */
export function buildCandidateGraph(
  c: Cohort,
  scanner: RowScanner,
  capacity: Int32Array,
  freeMentees: Int32Array,
  perMentee: number,
  perMentor: number,
): PairGraph {
  const m = c.m;
  const K = Math.max(1, perMentee);
  const Kc = Math.max(1, perMentor);
  const rowW = new Int32Array(K);
  const rowJ = new Int32Array(K);
  const colW = new Int32Array(m * Kc);
  const colI = new Int32Array(m * Kc);
  const colCount = new Int32Array(m);
  const colMin = new Int32Array(m); // score of the weakest kept entry (threshold once full)
  const colMinAt = new Int32Array(m);
  const lists: { mentor: number[]; weight: number[] }[] = [];
  for (let i = 0; i < c.n; i++) lists.push({ mentor: [], weight: [] });

  for (let f = 0; f < freeMentees.length; f++) {
    const i = freeMentees[f] ?? 0;
    const score = scanner.row(i, capacity);
    let rowCount = 0;
    let rowT = 0;
    for (let j = 0; j < m; j++) {
      const w = score[j] ?? EXCLUDED;
      if (w <= 0) continue; // excluded, or nothing in common: not eligible
      if (w > rowT) {
        // Insert into the row's descending list; equal scores keep the earlier mentor first.
        let at = rowCount < K ? rowCount : K - 1;
        while (at > 0 && (rowW[at - 1] ?? 0) < w) {
          rowW[at] = rowW[at - 1] ?? 0;
          rowJ[at] = rowJ[at - 1] ?? 0;
          at--;
        }
        rowW[at] = w;
        rowJ[at] = j;
        if (rowCount < K) rowCount++;
        if (rowCount === K) rowT = rowW[K - 1] ?? 0;
      }
      const full = (colCount[j] ?? 0) >= Kc;
      if (!full || w > (colMin[j] ?? 0)) {
        const base = j * Kc;
        const at = full ? (colMinAt[j] ?? 0) : (colCount[j] ?? 0);
        colW[base + at] = w;
        colI[base + at] = i;
        if (!full) colCount[j] = at + 1;
        if ((colCount[j] ?? 0) >= Kc) {
          // Recompute the weakest entry; on equal scores the later mentee is the weaker.
          let minAt = 0;
          for (let t = 1; t < Kc; t++) {
            const a = colW[base + t] ?? 0;
            const b = colW[base + minAt] ?? 0;
            if (a < b || (a === b && (colI[base + t] ?? 0) > (colI[base + minAt] ?? 0))) minAt = t;
          }
          colMinAt[j] = minAt;
          colMin[j] = colW[base + minAt] ?? 0;
        }
      }
    }
    const l = lists[i];
    if (l) {
      for (let k = 0; k < rowCount; k++) {
        l.mentor.push(rowJ[k] ?? 0);
        l.weight.push(rowW[k] ?? 0);
      }
    }
  }
  for (let j = 0; j < m; j++) {
    for (let t = 0; t < (colCount[j] ?? 0); t++) {
      const l = lists[colI[j * Kc + t] ?? 0];
      l?.mentor.push(j);
      l?.weight.push(colW[j * Kc + t] ?? 0);
    }
  }
  return graphFromLists(c.n, m, lists);
}
