/**
 * A binary min-heap of node indices keyed by an external Float64Array, with decrease-key.
 * Ties break on the smaller index so that runs are deterministic.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.size;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.pos[this.heap[k] ?? 0] = -1;
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a] ?? 0;
    const kb = this.key[b] ?? 0;
    return ka < kb || (ka === kb && a < b);
  }

  /** Inserts the node, or moves it up after its key decreased. */
  push(node: number): void {
    let at = this.pos[node] ?? -1;
    if (at < 0) {
      at = this.size++;
      this.heap[at] = node;
      this.pos[node] = at;
    }
    this.up(at);
  }

  pop(): number {
    const top = this.heap[0] ?? -1;
    this.size--;
    this.pos[top] = -1;
    if (this.size > 0) {
      const last = this.heap[this.size] ?? 0;
      this.heap[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  private up(at: number): void {
    const node = this.heap[at] ?? 0;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.heap[parentAt] ?? 0;
      if (!this.less(node, parent)) break;
      this.heap[at] = parent;
      this.pos[parent] = at;
      at = parentAt;
    }
    this.heap[at] = node;
    this.pos[node] = at;
  }

  private down(at: number): void {
    const node = this.heap[at] ?? 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.less(this.heap[right] ?? 0, this.heap[child] ?? 0)) child = right;
      const c = this.heap[child] ?? 0;
      if (!this.less(c, node)) break;
      this.heap[at] = c;
      this.pos[c] = at;
      at = child;
    }
    this.heap[at] = node;
    this.pos[node] = at;
  }
}
