import type { EnrolmentDocument, ProgramDocument } from "@baton/shared";

/**
 * A program's mentors as ranking needs them, built once per search snapshot: in name order
 * (`localeCompare` of display names, a stable sort), each with the program skills they offer as a bit
 * set (skill `k` of `program.skills` is bit `k % 32` of word `k >> 5`). Counting how many of a caller's
 * wanted skills a mentor offers is then a few ANDs, not a walk over their offers.
 */
export interface MentorTable {
  /** Mentors (role mentor, with matching answers) in name order; a mentor's place is their index. */
  people: EnrolmentDocument[];
  /** userId → place. */
  place: Map<string, number>;
  /** Words (32 skills each) per mentor in `offers`. */
  words: number;
  /** `people.length × words` words: the skills each mentor offers. */
  offers: Uint32Array;
  /** Skill id → bit number. */
  bit: Map<string, number>;
}

/** The table for a program's enrolments (pure). */
export function mentorTable(program: ProgramDocument, enrolments: readonly EnrolmentDocument[]): MentorTable {
  const people = enrolments
    .filter((e) => e.roles.includes("mentor") && e.matching)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const bit = new Map(program.skills.map((s, k) => [s.id, k]));
  const words = Math.max(1, Math.ceil(program.skills.length / 32));
  const offers = new Uint32Array(people.length * words);
  people.forEach((e, i) => {
    for (const o of e.matching?.offer ?? []) {
      const k = bit.get(o.skillId);
      if (k !== undefined) offers[i * words + (k >> 5)]! |= 1 << (k & 31);
    }
  });
  return { people, place: new Map(people.map((e, i) => [e.userId, i])), words, offers, bit };
}

/** A set of skill ids as the table's words, and the indexes of the words that are not empty. */
export function skillMask(
  table: MentorTable,
  skillIds: Iterable<string>,
): { mask: Uint32Array; used: number[] } {
  const mask = new Uint32Array(table.words);
  for (const id of skillIds) {
    const k = table.bit.get(id);
    if (k !== undefined) mask[k >> 5]! |= 1 << (k & 31);
  }
  return { mask, used: [...mask.keys()].filter((w) => mask[w] !== 0) };
}

/** How many skills of `wanted` the mentor at `place` offers. */
export function coveredCount(
  table: MentorTable,
  place: number,
  wanted: { mask: Uint32Array; used: number[] },
) {
  let n = 0;
  for (const w of wanted.used) n += bitCount(table.offers[place * table.words + w]! & wanted.mask[w]!);
  return n;
}

/** Number of 1 bits in a 32-bit word (the SWAR population count). */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
