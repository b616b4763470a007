import { mentorCandidateTest, searchIds, type MentorCandidate } from "@baton/shared";
import type { CallerProgram } from "./caller-programs";
import { coveredCount, skillMask } from "./mentor-table";
import { memo } from "./program-index";

/** The caller's wanted skills in this program (for a participant), for ranking and the initial run. */
export const wantedOf = (p: CallerProgram) =>
  new Set(p.me?.matching?.learn.map((c) => c.skillId) ?? p.me?.wanted ?? []);

/** The mentors' places a query looks at: the search's hits in their order (memoised per snapshot), or all. */
function poolOf(p: CallerProgram, query: string): Int32Array | undefined {
  const { snapshot } = p;
  if (!query) return undefined;
  return memo(snapshot.mentorHits, query.toLowerCase(), () => {
    const places = searchIds(snapshot.search.mentors, query).flatMap(
      (id) => snapshot.mentors.place.get(id) ?? [],
    );
    return Int32Array.from(places);
  });
}

/**
 * The first `limit` mentors a caller may ask in one program, best first: most of their wanted skills
 * offered, then the search's order (for a query) or name order (the initial run, only mentors of a
 * wanted skill when the caller wants any). One pass puts the pool into buckets by skills covered (a
 * few ANDs per mentor: `MentorTable`), each already in order, and the per-caller checks run from the
 * best bucket until `limit` pass: a keystroke costs one count per match, no sort, no name comparison.
 */
export function rankMentors(p: CallerProgram, query: string, now: Date, limit: number) {
  const { snapshot } = p;
  const table = snapshot.mentors;
  const wanted = skillMask(table, wantedOf(p));
  const pool = poolOf(p, query);
  const size = pool ? pool.length : table.people.length;
  const buckets: number[][] = [];
  for (let i = 0; i < size; i++) {
    const place = pool ? pool[i]! : i;
    const covered = wanted.used.length > 0 ? coveredCount(table, place, wanted) : 0;
    if (pool || wanted.used.length === 0 || covered > 0) (buckets[covered] ??= []).push(place);
  }
  const test = mentorCandidateTest({
    program: snapshot.program,
    enrolments: p.me ? [p.me] : [],
    seats: snapshot.seats,
    history: snapshot.history,
    exclusions: snapshot.exclusions,
    requests: [],
    viewerId: p.me?.userId ?? "",
    now,
  });
  const ranked: { c: MentorCandidate; covered: number }[] = [];
  for (let covered = buckets.length - 1; covered >= 0; covered--)
    for (const place of buckets[covered] ?? []) {
      if (ranked.length >= limit) return ranked;
      const c = test(table.people[place]!);
      if (c) ranked.push({ c, covered });
    }
  return ranked;
}
