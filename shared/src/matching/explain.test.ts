import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { whyNot } from "./explain";
import { solveMatching } from "./solve";
import {
  allowed,
  cohortArb,
  coversWantedSkill,
  mentor,
  oracleOptimum,
  pairScore,
  person,
} from "./test-fixtures";
import type { MatchingInput } from "./types";

const skills = (...s: number[]) => s.map((skill) => ({ skill, level: 2 }));

describe("whyNot", () => {
  const input: MatchingInput = {
    participants: [
      person("a", { learn: skills(0, 1), reportingLine: ["boss"] }),
      person("b", { learn: skills(0) }),
      person("c", { learn: skills(2), status: "paused" }),
      mentor("m", { offer: skills(0, 1) }),
      mentor("n", { offer: skills(3) }),
      mentor("boss", { offer: skills(0, 1), capacity: 2 }),
    ],
    endedPairs: [{ menteeId: "b", mentorId: "boss" }],
    weights: { skill: 1, goal: 0, availability: 0, timezone: 0, style: 0, team: 1 },
  };
  const result = solveMatching(input, { mode: "certify" });

  it("names the hard rule that forbids a pair", () => {
    expect(whyNot(input, result, "a", "boss")).toEqual({
      kind: "hard-rule",
      message: "Not allowed: boss is in a's reporting line.",
    });
    expect(whyNot(input, result, "b", "boss").message).toBe(
      "Not allowed: this pair has already run and ended.",
    );
    expect(whyNot(input, result, "c", "m").message).toBe("Not allowed: c has paused.");
    expect(whyNot(input, result, "m", "m").kind).toBe("hard-rule");
  });

  it("says when a pair is matched, and prices a pair lost to stronger matches", () => {
    const matched = result.assignments.find((x) => x.mentorId === "m");
    expect(matched?.menteeId).toBe("a");
    expect(whyNot(input, result, "a", "m").kind).toBe("matched");
    const answer = whyNot(input, result, "b", "m", { exact: true });
    expect(answer.kind).toBe("mentor-full");
    // Forcing b–m drops a to "n" (team only): the exact loss is the oracle's difference.
    const forced = oracleOptimum({ ...input, lockedPairs: [{ menteeId: "b", mentorId: "m" }] });
    expect(answer.exactCost).toBe(result.totalScore - forced);
    expect(answer.exactCost).toBeGreaterThan(0);
    expect(answer.costAtLeast).toBeLessThanOrEqual(answer.exactCost ?? 0);
    expect(answer.message).toContain(`forcing this costs ${answer.exactCost} points`);
  });

  it("reports a lock", () => {
    const locked = { ...input, lockedPairs: [{ menteeId: "b", mentorId: "n" }] };
    const r = solveMatching(locked, { mode: "certify" });
    expect(whyNot(locked, r, "b", "m")).toMatchObject({ kind: "locked" });
  });

  it("the dual bound never exceeds the exact cost of forcing a pair", () => {
    fc.assert(
      fc.property(cohortArb(8), fc.nat(), (cohort, pick) => {
        const r = solveMatching(cohort, { mode: "certify", menteeCandidates: 1, mentorCandidates: 1 });
        const matched = new Set(r.assignments.map((x) => `${x.menteeId}>${x.mentorId}`));
        const lockedMentees = new Set(r.assignments.filter((x) => x.locked).map((x) => x.menteeId));
        const open: [string, string][] = [];
        for (const a of cohort.participants)
          for (const b of cohort.participants)
            if (
              allowed(cohort, a.id, b.id) &&
              !matched.has(`${a.id}>${b.id}`) &&
              !lockedMentees.has(a.id) &&
              pairScore(cohort, a.id, b.id) > 0
            )
              open.push([a.id, b.id]);
        const chosen = open[pick % Math.max(1, open.length)];
        if (!chosen) return;
        const answer = whyNot(cohort, r, chosen[0], chosen[1], { exact: true });
        if (answer.kind === "mentor-full" && answer.exactCost === undefined) return; // slots all locked
        const locks = (cohort.lockedPairs ?? []).filter((l) => l.menteeId !== chosen[0]);
        const forced = oracleOptimum({
          ...cohort,
          lockedPairs: [...locks, { menteeId: chosen[0], mentorId: chosen[1] }],
        });
        expect(answer.exactCost).toBe(Math.max(0, r.totalScore - forced));
        expect(answer.kind === "no-shared-skill").toBe(!coversWantedSkill(cohort, chosen[0], chosen[1]));
        expect(answer.costAtLeast ?? 0).toBeLessThanOrEqual(answer.exactCost ?? 0);
      }),
      { numRuns: 100 },
    );
  });

  it("never proposes a pair that covers none of the mentee's wanted skills, but an owner may lock it", () => {
    const cohort: MatchingInput = {
      participants: [
        // Same team, same time, same styles: a high score, but nothing the mentee wants to learn.
        person("k8s", { learn: skills(0) }),
        mentor("sql", { offer: skills(1) }),
      ],
    };
    const free = solveMatching(cohort, { mode: "certify" });
    expect(pairScore(cohort, "k8s", "sql")).toBeGreaterThan(0);
    expect(free.assignments).toEqual([]);
    expect(free.unmatched).toMatchObject([{ menteeId: "k8s", reason: "no-eligible-mentor" }]);
    expect(whyNot(cohort, free, "k8s", "sql", { exact: true })).toMatchObject({ kind: "no-shared-skill" });
    const forced = solveMatching({ ...cohort, lockedPairs: [{ menteeId: "k8s", mentorId: "sql" }] });
    expect(forced.assignments).toMatchObject([{ menteeId: "k8s", mentorId: "sql", locked: true }]);
  });
});
