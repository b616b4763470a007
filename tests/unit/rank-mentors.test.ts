import {
  buildProgramSearch,
  mentorCandidateTest,
  searchIds,
  type EnrolmentDocument,
  type ProgramDocument,
} from "@baton/shared";
import { describe, expect, it } from "vitest";
import { documentsFor, QUERIES } from "../../bench/messaging-extension/generate";
import type { CallerProgram } from "../../bot/src/messaging-extension/caller-programs";
import { coveredCount, mentorTable, skillMask } from "../../bot/src/messaging-extension/mentor-table";
import type { ProgramSnapshot } from "../../bot/src/messaging-extension/program-index";
import { rankMentors, wantedOf } from "../../bot/src/messaging-extension/rank-mentors";

// 300 people (every third a mentor, three offered skills each) in a program of 60 skills: two words of bits.
const docs = documentsFor(300, 0);
const program = docs.find((d) => d.type === "program") as ProgramDocument;
const enrolments = docs.filter((d): d is EnrolmentDocument => d.type === "enrolment");
const now = new Date("2026-03-03T10:00:00.000Z");

function callerProgram(userId: string): CallerProgram {
  const snapshot = {
    program,
    enrolments,
    byUser: new Map(enrolments.map((e) => [e.userId, e])),
    seats: [],
    exclusions: [],
    history: [],
    search: buildProgramSearch(program, enrolments, []),
    mentors: mentorTable(program, enrolments),
    found: new Map(),
    mentorHits: new Map(),
    cards: new Map(),
  } as unknown as ProgramSnapshot;
  return { snapshot, me: snapshot.byUser.get(userId), isOwner: false };
}

/** The ranking spelled out plainly: filter, then sort by skills covered, search order, name. */
function reference(p: CallerProgram, query: string, limit: number) {
  const wanted = wantedOf(p);
  const skills = new Set(program.skills.map((s) => s.id));
  const covered = (e: EnrolmentDocument) =>
    (e.matching?.offer ?? []).filter((o) => wanted.has(o.skillId) && skills.has(o.skillId)).length;
  const byName = [...p.snapshot.mentors.people];
  const pool = query
    ? searchIds(p.snapshot.search.mentors, query).flatMap((id) => byName.filter((e) => e.userId === id))
    : byName.filter((e) => wanted.size === 0 || covered(e) > 0);
  const order = (e: EnrolmentDocument) => pool.indexOf(e);
  const test = mentorCandidateTest({
    program,
    enrolments: p.me ? [p.me] : [],
    seats: [],
    history: [],
    exclusions: [],
    requests: [],
    viewerId: p.me?.userId ?? "",
    now,
  });
  return [...pool]
    .sort((a, b) => covered(b) - covered(a) || order(a) - order(b))
    .filter((e) => test(e))
    .slice(0, limit)
    .map((e) => `${e.userId}:${covered(e)}`);
}

describe("rankMentors", () => {
  it("ranks as the plain sort does: most wanted skills offered, then search order or name order", () => {
    for (const caller of ["p1", "p2", "p4", "p35", "p299"])
      for (const query of ["", ...QUERIES]) {
        const p = callerProgram(caller);
        const ranked = rankMentors(p, query, now, 25).map((r) => `${r.c.e.userId}:${r.covered}`);
        expect(ranked, `${caller} "${query}"`).toEqual(reference(p, query, 25));
      }
  });

  it("lists, in the initial run, only mentors of a wanted skill, the best fit first", () => {
    const p = callerProgram("p1");
    const ranked = rankMentors(p, "", now, 25);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((r) => r.covered > 0)).toBe(true);
    expect(ranked.map((r) => r.covered)).toEqual([...ranked.map((r) => r.covered)].sort((a, b) => b - a));
  });
});

describe("mentorTable", () => {
  it("counts offered skills in every word of the bit set (skills 0-31 and 32-59)", () => {
    const table = mentorTable(program, enrolments);
    expect(table.words).toBe(2);
    for (const [place, e] of table.people.entries()) {
      const offered = new Set(e.matching?.offer.map((o) => o.skillId));
      for (const wanted of [["s0", "s33", "s59"], [...offered], ["s31", "s32"], []])
        expect(coveredCount(table, place, skillMask(table, wanted))).toBe(
          wanted.filter((id) => offered.has(id)).length,
        );
    }
  });

  it("keeps mentors in name order and ignores skills the program does not have", () => {
    const table = mentorTable(program, enrolments);
    const names = table.people.map((e) => e.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(skillMask(table, ["not-a-skill"]).used).toEqual([]);
  });
});
