import type { Cohort } from "./cohort";
import { graphFromLists } from "./graph";
import type { PairGraph } from "./graph";
import { EXCLUDED } from "./scan";
import type { RowScanner } from "./scan";
import { tieRank } from "./tie-break";
import { BucketTopK } from "./top-k";

/**
 * The pruned candidate graph: for every free mentee its best `perMentee` mentors, and for every
 * mentor its best `perMentor` mentees (so that no mentor is left without candidates), in one
 * scanned pass over all pairs. Equal scores are ordered by `tieRank`, so that when most pairs tie
 * the lists spread over the cohort instead of all naming the lowest indices.
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
  const rowW = new Int32Array(K);
  const rowJ = new Int32Array(K);
  const rowR = new Uint32Array(K);
  const cols = new BucketTopK(m, Math.max(1, perMentor));
  const lists: { mentor: number[]; weight: number[] }[] = [];
  for (let i = 0; i < c.n; i++) lists.push({ mentor: [], weight: [] });

  for (let f = 0; f < freeMentees.length; f++) {
    const i = freeMentees[f] ?? 0;
    const score = scanner.row(i, capacity);
    let rowCount = 0;
    let rowT = 0; // score of the weakest kept entry once the row is full
    for (let j = 0; j < m; j++) {
      const w = score[j] ?? EXCLUDED;
      if (w <= 0) continue; // excluded, or nothing in common: not eligible
      if (rowCount < K || w > rowT || (w === rowT && tieRank(i, j) < (rowR[K - 1] ?? 0))) {
        // Insert into the row's list, best first: higher score, then lower tie rank.
        const r = tieRank(i, j);
        let at = rowCount < K ? rowCount : K - 1;
        while (at > 0) {
          const pw = rowW[at - 1] ?? 0;
          if (pw > w || (pw === w && (rowR[at - 1] ?? 0) < r)) break;
          rowW[at] = pw;
          rowJ[at] = rowJ[at - 1] ?? 0;
          rowR[at] = rowR[at - 1] ?? 0;
          at--;
        }
        rowW[at] = w;
        rowJ[at] = j;
        rowR[at] = r;
        if (rowCount < K) rowCount++;
        if (rowCount === K) rowT = rowW[K - 1] ?? 0;
      }
      if (cols.admits(j, w)) cols.offer(j, i, w, w, tieRank(i, j));
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
    cols.forEach(j, (i, w) => {
      lists[i]?.mentor.push(j);
      lists[i]?.weight.push(w);
    });
  }
  return graphFromLists(c.n, m, lists);
}
