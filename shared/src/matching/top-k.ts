/**
 * The best `k` items per bucket (e.g. per mentor) from a stream of offers: higher key first, and
 * on equal keys the lower tie rank. Fixed memory (buckets × k); an offer that does not beat a full
 * bucket's weakest entry costs one comparison.
 */
export class BucketTopK {
  private readonly key: Float64Array;
  private readonly item: Int32Array;
  private readonly weight: Int32Array;
  private readonly rank: Uint32Array;
  private readonly count: Int32Array;
  /** Position and key of the weakest kept entry, once a bucket is full. */
  private readonly minAt: Int32Array;
  private readonly minKey: Float64Array;

  constructor(
    readonly buckets: number,
    readonly k: number,
  ) {
    this.key = new Float64Array(buckets * k);
    this.item = new Int32Array(buckets * k);
    this.weight = new Int32Array(buckets * k);
    this.rank = new Uint32Array(buckets * k);
    this.count = new Int32Array(buckets);
    this.minAt = new Int32Array(buckets);
    this.minKey = new Float64Array(buckets);
  }

  /** Whether an offer with this key could enter bucket b (false: skip computing its rank). */
  admits(b: number, key: number): boolean {
    return (this.count[b] ?? 0) < this.k || key >= (this.minKey[b] ?? 0);
  }

  /** Offers `item` (with its pair weight) to bucket b at `key`, ties broken by `rank`. */
  offer(b: number, item: number, key: number, weight: number, rank: number): void {
    const k = this.k;
    const base = b * k;
    const full = (this.count[b] ?? 0) >= k;
    if (full) {
      const minKey = this.minKey[b] ?? 0;
      if (key < minKey) return;
      if (key === minKey && rank >= (this.rank[base + (this.minAt[b] ?? 0)] ?? 0)) return;
    }
    const at = full ? (this.minAt[b] ?? 0) : (this.count[b] ?? 0);
    this.key[base + at] = key;
    this.item[base + at] = item;
    this.weight[base + at] = weight;
    this.rank[base + at] = rank;
    if (!full) this.count[b] = at + 1;
    if ((this.count[b] ?? 0) >= k) this.findWeakest(b);
  }

  private findWeakest(b: number): void {
    const base = b * this.k;
    let minAt = 0;
    for (let t = 1; t < this.k; t++) {
      const x = this.key[base + t] ?? 0;
      const y = this.key[base + minAt] ?? 0;
      if (x < y || (x === y && (this.rank[base + t] ?? 0) > (this.rank[base + minAt] ?? 0))) minAt = t;
    }
    this.minAt[b] = minAt;
    this.minKey[b] = this.key[base + minAt] ?? 0;
  }

  size(b: number): number {
    return this.count[b] ?? 0;
  }

  /** Calls fn for every kept entry of bucket b (in no particular order). */
  forEach(b: number, fn: (item: number, weight: number) => void): void {
    const base = b * this.k;
    for (let t = 0; t < (this.count[b] ?? 0); t++) fn(this.item[base + t] ?? 0, this.weight[base + t] ?? 0);
  }

  /** Empties bucket b. */
  clear(b: number): void {
    this.count[b] = 0;
  }
}
