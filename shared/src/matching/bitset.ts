/** Small helpers for bitsets kept in Uint32Array words. */

export function wordsFor(bits: number): number {
  return Math.max(1, Math.ceil(bits / 32));
}

export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function setBit(words: Uint32Array, offset: number, bit: number): void {
  const w = offset + (bit >>> 5);
  words[w] = (words[w] ?? 0) | (1 << (bit & 31));
}

export function hasBit(words: Uint32Array, offset: number, bit: number): boolean {
  return (((words[offset + (bit >>> 5)] ?? 0) >>> (bit & 31)) & 1) === 1;
}

/** Popcount of (a[aOff..aOff+n) AND b[bOff..bOff+n)). */
export function andCount(a: Uint32Array, aOff: number, b: Uint32Array, bOff: number, n: number): number {
  let c = 0;
  for (let k = 0; k < n; k++) {
    const x = (a[aOff + k] ?? 0) & (b[bOff + k] ?? 0);
    if (x !== 0) c += popcount32(x);
  }
  return c;
}

/** Indices of the set bits of (a AND b), ascending. */
export function andBits(a: Uint32Array, aOff: number, b: Uint32Array, bOff: number, n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    let x = (a[aOff + k] ?? 0) & (b[bOff + k] ?? 0);
    while (x !== 0) {
      const low = x & -x;
      out.push(k * 32 + (31 - Math.clz32(low)));
      x ^= low;
    }
  }
  return out;
}

/** Weekly availability is kept at half-hour resolution: 7 × 48 = 336 bits. */
export const SLOT_MINUTES = 30;
export const WEEK_SLOTS = (7 * 24 * 60) / SLOT_MINUTES;
export const WEEK_WORDS = wordsFor(WEEK_SLOTS);

/** Marks every half hour fully inside [startMinute, endMinute) of the given day. */
export function markSlot(
  words: Uint32Array,
  offset: number,
  day: number,
  startMinute: number,
  endMinute: number,
) {
  const base = (day * 24 * 60) / SLOT_MINUTES;
  const from = Math.ceil(startMinute / SLOT_MINUTES);
  const to = Math.floor(endMinute / SLOT_MINUTES);
  for (let h = from; h < to; h++) setBit(words, offset, base + h);
}
