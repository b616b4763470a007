import { mentorCandidateTest, searchIds, type EnrolmentDocument, type MentorCandidate } from "@baton/shared";
import type { CallerProgram } from "./caller-programs";
import { memo } from "./program-index";

/** The caller's wanted skills in this program (for a participant), for ranking and the initial run. */
export const wantedOf = (p: CallerProgram) =>
  new Set(p.me?.matching?.learn.map((c) => c.skillId) ?? p.me?.wanted ?? []);

/** How many of the wanted skills a mentor offers (among the program's skills). */
function coveredBy(e: EnrolmentDocument, wanted: ReadonlySet<string>, skills: ReadonlySet<string>) {
  let n = 0;
  for (const o of e.matching?.offer ?? []) if (wanted.has(o.skillId) && skills.has(o.skillId)) n++;
  return n;
}

/** The people a query looks at: the search's hits (in their order), or mentors of the wanted skills. */
function poolOf(p: CallerProgram, query: string, wanted: ReadonlySet<string>) {
  const { snapshot } = p;
  if (query) {
    const hits = memo(snapshot.found, `m:${query.toLowerCase()}`, () =>
      searchIds(snapshot.search.mentors, query),
    );
    return { hits: true, pool: hits.flatMap((id) => snapshot.byUser.get(id) ?? []) };
  }
  const pool =
    wanted.size > 0
      ? [...new Set([...wanted].flatMap((id) => snapshot.mentorsBySkill.get(id) ?? []))]
      : snapshot.mentors;
  return { hits: false, pool };
}

/**
 * The first `limit` mentors a caller may ask in one program, best first: most of their wanted
 * skills offered, then the search's order, then name. The pool is put in that order with numbers
 * only (names' order is the snapshot's), and the per-caller checks run until `limit` pass, so a
 * keystroke costs a sort of integers, not a check and a name comparison of every match.
 */
export function rankMentors(p: CallerProgram, query: string, now: Date, limit: number) {
  const { snapshot } = p;
  const wanted = wantedOf(p);
  const skills = new Set(snapshot.program.skills.map((s) => s.id));
  const { hits, pool } = poolOf(p, query, wanted);
  const last = Number.MAX_SAFE_INTEGER;
  const keyed = [];
  for (const [i, e] of pool.entries()) {
    const covered = coveredBy(e, wanted, skills);
    if (hits || wanted.size === 0 || covered > 0)
      keyed.push({ e, covered, at: hits ? i : 0, name: snapshot.nameOrder.get(e.userId) ?? last });
  }
  keyed.sort((a, b) => b.covered - a.covered || a.at - b.at || a.name - b.name);
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
  for (const k of keyed) {
    if (ranked.length >= limit) break;
    const c = test(k.e);
    if (c) ranked.push({ c, covered: k.covered });
  }
  return ranked;
}
