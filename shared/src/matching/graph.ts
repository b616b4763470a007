/** A sparse bipartite graph of eligible mentee→mentor edges with integer weights, in CSR form. */
export interface PairGraph {
  n: number;
  start: Int32Array;
  mentor: Int32Array;
  weight: Int32Array;
}

/** Builds the CSR graph from per-mentee lists; duplicate (mentee, mentor) edges are dropped. */
export function graphFromLists(
  n: number,
  m: number,
  lists: { mentor: number[]; weight: number[] }[],
): PairGraph {
  const start = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    start[i] = total;
    total += lists[i]?.mentor.length ?? 0;
  }
  start[n] = total;
  const mentor = new Int32Array(total);
  const weight = new Int32Array(total);
  const seen = new Int32Array(m).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    start[i] = k;
    const l = lists[i];
    if (!l) continue;
    for (let e = 0; e < l.mentor.length; e++) {
      const j = l.mentor[e] ?? 0;
      if (seen[j] === i) continue;
      seen[j] = i;
      mentor[k] = j;
      weight[k] = l.weight[e] ?? 0;
      k++;
    }
  }
  start[n] = k;
  return { n, start, mentor: mentor.slice(0, k), weight: weight.slice(0, k) };
}

/** Returns a new graph with extra edges appended per mentee (duplicates of existing edges dropped). */
export function addEdges(
  g: PairGraph,
  m: number,
  extra: Map<number, { mentor: number[]; weight: number[] }>,
): PairGraph {
  let total = g.mentor.length;
  for (const l of extra.values()) total += l.mentor.length;
  const start = new Int32Array(g.n + 1);
  const mentor = new Int32Array(total);
  const weight = new Int32Array(total);
  const seen = new Int32Array(m).fill(-1);
  let k = 0;
  for (let i = 0; i < g.n; i++) {
    start[i] = k;
    for (let e = g.start[i] ?? 0; e < (g.start[i + 1] ?? 0); e++) {
      const j = g.mentor[e] ?? 0;
      seen[j] = i;
      mentor[k] = j;
      weight[k] = g.weight[e] ?? 0;
      k++;
    }
    const add = extra.get(i);
    if (!add) continue;
    for (let t = 0; t < add.mentor.length; t++) {
      const j = add.mentor[t] ?? 0;
      if (seen[j] === i) continue;
      seen[j] = i;
      mentor[k] = j;
      weight[k] = add.weight[t] ?? 0;
      k++;
    }
  }
  start[g.n] = k;
  return { n: g.n, start, mentor: mentor.slice(0, k), weight: weight.slice(0, k) };
}
