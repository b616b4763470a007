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

/** Returns a new graph with extra edges appended per mentee. */
export function addEdges(
  g: PairGraph,
  m: number,
  extra: Map<number, { mentor: number[]; weight: number[] }>,
): PairGraph {
  const lists: { mentor: number[]; weight: number[] }[] = [];
  for (let i = 0; i < g.n; i++) {
    const mentor: number[] = [];
    const weight: number[] = [];
    for (let e = g.start[i] ?? 0; e < (g.start[i + 1] ?? 0); e++) {
      mentor.push(g.mentor[e] ?? 0);
      weight.push(g.weight[e] ?? 0);
    }
    const add = extra.get(i);
    if (add) {
      mentor.push(...add.mentor);
      weight.push(...add.weight);
    }
    lists.push({ mentor, weight });
  }
  return graphFromLists(g.n, m, lists);
}
