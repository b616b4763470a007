import { MAX_RESULTS } from "@baton/shared";
import type { MeAnswer, MeTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { callerPrograms, NOT_IN_A_PROGRAM, suggestions } from "./caller-programs";
import { mentorItem } from "./me-cards";
import type { ProgramIndex } from "./program-index";
import { rankMentors } from "./rank-mentors";

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
    // Programs are listed one after another: each gives at most the 25 shown, and only those are rendered.
    const items = programs
      .flatMap((p) => rankMentors(p, query, now, MAX_RESULTS).map((r) => ({ p, ...r })))
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
