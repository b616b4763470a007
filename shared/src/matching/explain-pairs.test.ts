import { describe, expect, it } from "vitest";
import { explainPair } from "./explain";
import { explainPairs } from "./explain-pairs";
import { mentor, person } from "./test-fixtures";
import type { MatchingInput } from "./types";

const skills = (...s: number[]) => s.map((skill) => ({ skill, level: 2 }));

describe("explainPairs", () => {
  const input: MatchingInput = {
    participants: [
      person("a", { learn: skills(0, 1) }),
      mentor("m", { offer: skills(0, 1) }),
      mentor("n", { offer: skills(1) }),
      mentor("full", { offer: skills(0), capacity: 0 }),
      mentor("away", { offer: skills(0), status: "paused" }),
    ],
  };

  it("gives the same answer as explainPair for each mentor, compiling once", () => {
    const many = explainPairs(input, "a", ["m", "n"]);
    expect([...many.keys()]).toEqual(["m", "n"]);
    for (const id of ["m", "n"]) expect(many.get(id)).toEqual(explainPair(input, "a", id));
  });

  it("leaves out mentors without capacity or not active, and anyone who is not a mentee", () => {
    expect([...explainPairs(input, "a", ["full", "away", "ghost"]).keys()]).toEqual([]);
    expect(explainPairs(input, "m", ["n"]).size).toBe(0);
  });
});
