import MiniSearch, { type SearchResult } from "minisearch";
import type { ProgramDocument } from "../domain/program";
import type { EnrolmentDocument } from "../intake/intake-documents";
import type { ResourceDocument } from "../resources/resource-documents";
import { expandAliases } from "./aliases";

/** At most this many results per search (Teams shows 25 at a time). */
export const MAX_RESULTS = 25;

interface MentorEntry {
  id: string;
  skills: string;
  name: string;
  about: string;
}

interface ResourceEntry {
  id: string;
  title: string;
  skills: string;
  description: string;
}

/** A program's full-text indexes: mentors by offered skills (names and groups), name, role and team; resources by title, skills, kind and description. */
export interface ProgramSearch {
  mentors: MiniSearch<MentorEntry>;
  resources: MiniSearch<ResourceEntry>;
}

const options = <T>(fields: (keyof T & string)[], boost: Partial<Record<keyof T & string, number>>) => ({
  fields,
  storeFields: [] as string[],
  searchOptions: {
    boost: boost as Record<string, number>,
    prefix: true,
    // Typo tolerance only for longer words ("kubernets"), so "k8s" or "bgp" stay exact.
    fuzzy: (term: string) => (term.length > 4 ? 0.2 : 0),
    combineWith: "OR" as const,
  },
});

/**
 * Builds the program's indexes (pure, O(documents)). Only enrolments that offer to mentor are
 * indexed; whether someone is paused, left or has places is decided at query time, so a pause takes
 * effect at once even for a cached index.
 */
export function buildProgramSearch(
  program: ProgramDocument,
  enrolments: readonly EnrolmentDocument[],
  resources: readonly ResourceDocument[],
): ProgramSearch {
  const skills = new Map(program.skills.map((s) => [s.id, `${s.name} ${s.group}`]));
  const skillText = (ids: readonly string[]) => ids.map((id) => skills.get(id) ?? "").join(" ");
  const mentors = new MiniSearch<MentorEntry>(
    options<MentorEntry>(["skills", "name", "about"], { skills: 3, name: 2 }),
  );
  mentors.addAll(
    enrolments
      .filter((e) => e.roles.includes("mentor") && e.matching)
      .map((e) => ({
        id: e.userId,
        skills: skillText(e.matching?.offer.map((c) => c.skillId) ?? e.offered),
        name: e.displayName,
        about: `${e.matching?.role ?? ""} ${e.matching?.team ?? ""}`,
      })),
  );
  const library = new MiniSearch<ResourceEntry>(
    options<ResourceEntry>(["title", "skills", "description"], { title: 3, skills: 2 }),
  );
  library.addAll(
    resources.map((r) => ({
      id: r.resourceId,
      title: r.title,
      skills: `${skillText(r.skillIds)} ${r.kind}`,
      description: r.description,
    })),
  );
  return { mentors, resources: library };
}

/** Ids matching `query` (aliases expanded), best first; an empty query matches nothing. */
export function searchIds(
  index: MiniSearch<MentorEntry> | MiniSearch<ResourceEntry>,
  query: string,
): string[] {
  const words = expandAliases(query);
  if (words.length === 0) return [];
  return index.search(words.join(" ")).map((r: SearchResult) => String(r.id));
}
