import { MAX_RESULTS, mentorCandidates, searchIds, type MentorCandidate } from "@baton/shared";
import type { MeAnswer, MeTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { callerPrograms, NOT_IN_A_PROGRAM, suggestions, type CallerProgram } from "./caller-programs";
import { mentorItem } from "./me-cards";
import { memo, type ProgramIndex } from "./program-index";

/** The caller's wanted skills in this program (for a participant), for ranking and the initial run. */
const wantedOf = (p: CallerProgram) =>
  new Set(p.me?.matching?.learn.map((c) => c.skillId) ?? p.me?.wanted ?? []);

function rank(p: CallerProgram, query: string, now: Date) {
  const { snapshot } = p;
  const wanted = wantedOf(p);
  const hits = query
    ? memo(snapshot.found, `m:${query.toLowerCase()}`, () => searchIds(snapshot.search.mentors, query))
    : undefined;
  const order = new Map((hits ?? []).map((id, i) => [id, i]));
  // Only the people who can be listed are looked at: the search's hits, or mentors of the wanted skills.
  const pool = hits
    ? hits.flatMap((id) => snapshot.byUser.get(id) ?? [])
    : wanted.size > 0
      ? [...new Set([...wanted].flatMap((id) => snapshot.mentorsBySkill.get(id) ?? []))]
      : snapshot.mentors;
  const candidates = mentorCandidates({
    program: snapshot.program,
    enrolments: p.me ? [p.me, ...pool] : pool,
    seats: snapshot.seats,
    history: snapshot.history,
    exclusions: snapshot.exclusions,
    requests: [],
    viewerId: p.me?.userId ?? "",
    now,
  });
  const covered = (c: MentorCandidate) => c.offers.filter((o) => wanted.has(o.skillId)).length;
  return candidates
    .filter((c) => hits || wanted.size === 0 || covered(c) > 0)
    .map((c) => ({ c, covered: covered(c), at: order.get(c.e.userId) ?? 0 }))
    .sort(
      (a, b) => b.covered - a.covered || a.at - b.at || a.c.e.displayName.localeCompare(b.c.e.displayName),
    );
}

/**
 * findMentor: mentors with free places whose offered skills (names, groups, aliases) match the
 * query, the caller's best fit (most of their wanted skills offered) first; the initial run lists
 * mentors for the caller's wanted skills. Paused, left or full mentors never appear; nor do the
 * caller's reporting line, ended pairs or exclusions. Cards show skills and places, never notes,
 * goals or pairs.
 */
export function findMentor(repos: Repositories, index: ProgramIndex, clock: Clock) {
  return async (turn: MeTurn): Promise<MeAnswer> => {
    const query = (turn.parameters.query ?? "").trim();
    const programs = await callerPrograms(repos, index, turn.actor);
    if (programs.length === 0) return { kind: "message", text: NOT_IN_A_PROGRAM };
    const now = clock.now();
    // Rank everything, render only the 25 shown.
    const items = programs
      .flatMap((p) => rank(p, query, now).map((r) => ({ p, ...r })))
      .slice(0, MAX_RESULTS)
      .map(({ p, c, covered }) =>
        mentorItem(
          p.snapshot.program.programId,
          p.snapshot.program.name,
          c,
          covered > 0 ? `offers ${covered} skill${covered === 1 ? "" : "s"} you want` : "",
          p.snapshot.cards,
        ),
      );
    if (items.length > 0) return { kind: "results", items };
    return {
      kind: "message",
      text: query
        ? `No mentor with free places offers "${query.slice(0, 60)}". ${suggestions(programs)}`
        : `No mentor with free places offers the skills you want right now. Search by skill: ${suggestions(programs)}`,
    };
  };
}
