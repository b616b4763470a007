/**
 * Deterministic tie-breaking between pairs of equal score. Breaking ties by the lower index makes
 * every mentee's candidate list name the same few mentors when most pairs score the same (sparse
 * profiles, a small taxonomy, one popular skill), so the pruned graph has a small matching and
 * each pricing round adds the same mentors again. Ranking equal pairs by a hash of (mentee,
 * mentor) instead spreads the lists like a random choice would, and stays the same for the same
 * input.
 */

/**
 * A well-mixed 32-bit rank for pair (i, j) (murmur3's finaliser over both indices); among pairs of
 * equal score the lower rank is preferred. Pure function of the two indices.
 */
export function tieRank(i: number, j: number): number {
  let h = Math.imul(i ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(j + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
