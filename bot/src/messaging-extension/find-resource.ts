import { MAX_RESULTS, searchIds, type ResourceDocument } from "@baton/shared";
import type { MeAnswer, MeTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import { callerPrograms, NOT_IN_A_PROGRAM, suggestions } from "./caller-programs";
import { resourceItem } from "./me-cards";
import { memo, type ProgramIndex } from "./program-index";

/**
 * findResource: the caller's programs' resources by title, skill and description (aliases
 * expanded), best match first; the initial run (or an empty query) lists the newest.
 */
export function findResource(repos: Repositories, index: ProgramIndex) {
  return async (turn: MeTurn): Promise<MeAnswer> => {
    const query = (turn.parameters.query ?? "").trim();
    const programs = await callerPrograms(repos, index, turn.actor);
    if (programs.length === 0) return { kind: "message", text: NOT_IN_A_PROGRAM };
    const found = programs.flatMap(({ snapshot }) => {
      const names = new Map(snapshot.program.skills.map((s) => [s.id, s.name]));
      // Each program's list is in the order shown (search order, or newest first): past its 25th, none shows.
      const picked: ResourceDocument[] = query
        ? memo(snapshot.found, `r:${query.toLowerCase()}`, () => searchIds(snapshot.search.resources, query))
            .slice(0, MAX_RESULTS)
            .flatMap((id) => snapshot.byResource.get(id) ?? [])
        : snapshot.resources.slice(0, MAX_RESULTS);
      return picked.map((r) => ({ r, name: snapshot.program.name, names, cards: snapshot.cards }));
    });
    if (!query) found.sort((a, b) => b.r.createdAt.localeCompare(a.r.createdAt));
    const items = found
      .slice(0, MAX_RESULTS)
      .map(({ r, name, names, cards }) => resourceItem(r, name, names, cards));
    if (items.length > 0) return { kind: "results", items };
    return {
      kind: "message",
      text: query
        ? `No resource in your programs matches "${query.slice(0, 60)}". ${suggestions(programs)}`
        : "Your programs' resource library is empty so far. Program owners and mentors add resources on the program's Resources page.",
    };
  };
}
