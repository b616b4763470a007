import type { PairGraph } from "./graph";
import { IndexedMinHeap } from "./heap";

export const MAX_CAPACITY = 3;

export interface FlowSolution {
  /** Mentor index per mentee, or -1. */
  mentorOf: Int32Array;
  /** Weight of each mentee's assigned edge (0 when unmatched). */
  weightOf: Int32Array;
  /** Dual price per mentee (its marginal value) and per mentor slot. */
  u: Float64Array;
  v: Float64Array;
  primal: number;
}

/**
 * Maximum-weight b-matching on the candidate graph (each mentee ≤ 1 mentor, mentor j ≤ capacity[j]
 * mentees), as min-cost flow solved by successive shortest paths: mentees are added one at a time
 * and each gets one shortest augmenting path found by Dijkstra on reduced costs (the potentials are
 * the LP duals u, v). Leaving a mentee unmatched is an edge of weight 0 to the sink, so the result
 * maximises the total rather than the number of matches.
 *
 * Invariants after every mentee: u_i + v_j ≥ w_ij on every graph edge, equality on assigned
 * edges, u_i = 0 for unmatched mentees, v_j = 0 for mentors with a free slot — so primal = dual
 * on the graph, which proves the result optimal for the graph.
 */
export function solveFlow(g: PairGraph, m: number, capacity: Int32Array, order: Int32Array): FlowSolution {
  const n = g.n;
  const { start, mentor: edgeMentor, weight: edgeW } = g;
  const mentorOf = new Int32Array(n).fill(-1);
  const weightOf = new Int32Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const load = new Int32Array(m);
  const slots = new Int32Array(m * MAX_CAPACITY);

  const dist = new Float64Array(m);
  const mentorSeen = new Int32Array(m); // run number when dist[j] was set
  const mentorDone = new Int32Array(m); // run number when j was settled
  const predMentee = new Int32Array(m);
  const predW = new Int32Array(m);
  const menteeDist = new Float64Array(n);
  const settledMentors: number[] = [];
  const settledMentees: number[] = [];
  const heap = new IndexedMinHeap(m, dist);
  let run = 0;

  const removeFromMentor = (j: number, k: number) => {
    const base = j * MAX_CAPACITY;
    const l = load[j] ?? 0;
    for (let t = 0; t < l; t++) {
      if (slots[base + t] === k) {
        slots[base + t] = slots[base + l - 1] ?? 0;
        load[j] = l - 1;
        return;
      }
    }
  };

  for (let o = 0; o < order.length; o++) {
    const i = order[o] ?? 0;
    run++;
    // A feasible starting price for the new mentee: its best option at current mentor prices.
    let ui = 0;
    for (let e = start[i] ?? 0; e < (start[i + 1] ?? 0); e++) {
      const t = (edgeW[e] ?? 0) - (v[edgeMentor[e] ?? 0] ?? 0);
      if (t > ui) ui = t;
    }
    u[i] = ui;
    if (ui === 0) continue; // nothing gains: i stays unmatched at price 0

    settledMentors.length = 0;
    settledMentees.length = 0;
    heap.clear();
    let best = ui; // terminal: leave i unmatched
    let termMentor = -1;
    let termMentee = i;
    menteeDist[i] = 0;
    settledMentees.push(i);

    // Relax the edges of mentee k reached at distance dk.
    const relax = (k: number, dk: number) => {
      const uk = u[k] ?? 0;
      for (let e = start[k] ?? 0; e < (start[k + 1] ?? 0); e++) {
        const j = edgeMentor[e] ?? 0;
        if (mentorDone[j] === run) continue;
        const w = edgeW[e] ?? 0;
        const nd = dk + uk + (v[j] ?? 0) - w;
        if (mentorSeen[j] !== run || nd < (dist[j] ?? 0)) {
          mentorSeen[j] = run;
          dist[j] = nd;
          predMentee[j] = k;
          predW[j] = w;
          if ((load[j] ?? 0) < (capacity[j] ?? 0)) {
            if (nd < best) {
              best = nd;
              termMentor = j;
              termMentee = -1;
            }
          } else {
            heap.push(j);
          }
        }
      }
    };

    relax(i, 0);
    while (heap.length > 0) {
      const j = heap.pop();
      const d = dist[j] ?? 0;
      if (d >= best) break;
      mentorDone[j] = run;
      settledMentors.push(j);
      const base = j * MAX_CAPACITY;
      for (let t = 0; t < (load[j] ?? 0); t++) {
        const k = slots[base + t] ?? 0;
        menteeDist[k] = d; // the assigned edge is tight: reduced cost 0
        settledMentees.push(k);
        const leave = d + (u[k] ?? 0);
        if (leave < best) {
          best = leave;
          termMentor = -1;
          termMentee = k;
        }
        relax(k, d);
      }
    }

    // Dual update keeps every reduced cost ≥ 0 and makes the chosen path tight.
    for (const j of settledMentors) v[j] = (v[j] ?? 0) + best - (dist[j] ?? 0);
    for (const k of settledMentees) u[k] = (u[k] ?? 0) - (best - (menteeDist[k] ?? 0));

    // Augment along the path back to i.
    let j: number;
    if (termMentor >= 0) {
      j = termMentor;
    } else {
      const k = termMentee;
      if (k === i) continue;
      j = mentorOf[k] ?? -1;
      removeFromMentor(j, k);
      mentorOf[k] = -1;
      weightOf[k] = 0;
    }
    for (;;) {
      const k = predMentee[j] ?? 0;
      const old = mentorOf[k] ?? -1;
      if (old >= 0) removeFromMentor(old, k);
      const l = load[j] ?? 0;
      slots[j * MAX_CAPACITY + l] = k;
      load[j] = l + 1;
      mentorOf[k] = j;
      weightOf[k] = predW[j] ?? 0;
      if (k === i) break;
      j = old;
    }
  }

  let primal = 0;
  for (let i = 0; i < n; i++) primal += weightOf[i] ?? 0;
  return { mentorOf, weightOf, u, v, primal };
}
