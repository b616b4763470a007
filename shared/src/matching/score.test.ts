import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCohort } from "./cohort";
import { availabilityRaw, rarityOf, styleRaw, teamRaw, timezoneRaw } from "./parts";
import { EXCLUDED, RowScanner } from "./scan";
import { DEFAULT_WEIGHTS, resolveWeights } from "./schema";
import { explainIndices, scorePair } from "./score";
import { cohortArb, coversWantedSkill, mentor, person } from "./test-fixtures";
import type { MatchingInput } from "./types";

describe("score parts", () => {
  it("rarity runs from 25 (nobody offers it) to 5 (every mentor does)", () => {
    expect(rarityOf(0, 10)).toBe(25);
    expect(rarityOf(10, 10)).toBe(5);
    expect(rarityOf(1, 10)).toBeGreaterThan(rarityOf(5, 10));
  });

  it("time zone, style, team and availability raw values", () => {
    expect(timezoneRaw(0, 0)).toBe(100);
    expect(timezoneRaw(-300, 420)).toBe(0); // 12 hours apart
    expect(timezoneRaw(600, -600)).toBe(67); // 20 h apart one way is 4 h the other way round
    expect(styleRaw(0b011, 0b010)).toBe(50);
    expect(styleRaw(0, 0b010)).toBe(50);
    expect(styleRaw(0b001, 0b010)).toBe(0);
    expect(teamRaw(1, 0, false)).toBe(75); // mentee wants cross-team and gets it; mentor indifferent
    expect(teamRaw(2, 2, false)).toBe(0);
    expect(availabilityRaw(2)).toBe(50);
    expect(availabilityRaw(9)).toBe(100);
  });

  it("scores a pair as the sum of named parts, worked by hand", () => {
    const input: MatchingInput = {
      participants: [
        person("ana", {
          team: "ops",
          learn: [
            { skill: 0, level: 3 },
            { skill: 1, level: 4 },
          ],
          goals: ["Cloud", "sql"],
          availability: [{ day: 0, startMinute: 540, endMinute: 660 }],
          utcOffsetMinutes: 0,
          styles: ["listening", "hands-on"],
          teamPreference: "cross-team",
        }),
        mentor("max", {
          team: "dev",
          offer: [
            { skill: 0, level: 4 },
            { skill: 1, level: 2 },
          ],
          goals: ["cloud"],
          availability: [{ day: 0, startMinute: 600, endMinute: 720 }],
          utcOffsetMinutes: 330,
          styles: ["hands-on"],
        }),
        mentor("zoe", { offer: [{ skill: 1, level: 1 }] }),
      ],
    };
    const c = compileCohort(input, DEFAULT_WEIGHTS);
    const e = explainIndices(c, 0, 0);
    // skill 0: offered by 1 of 2 mentors → rarity 12, level met → 24; skill 1: 2 of 2 → 5, not met → 5.
    expect(e.coveredSkills).toEqual([
      { skill: 0, wanted: 3, offered: 4, rarity: 12, levelMet: true },
      { skill: 1, wanted: 4, offered: 2, rarity: 5, levelMet: false },
    ]);
    expect(e.parts.skill).toEqual({ raw: 29, weight: 4, points: 116 });
    expect(e.parts.goal).toEqual({ raw: 50, weight: 2, points: 100 }); // "cloud" of {cloud, sql}
    expect(e.overlapMinutesPerWeek).toBe(60); // 10:00–11:00 on Monday
    expect(e.parts.availability).toEqual({ raw: 50, weight: 2, points: 100 });
    expect(e.timezoneDifferenceMinutes).toBe(330);
    expect(e.parts.timezone).toEqual({ raw: 54, weight: 1, points: 54 });
    expect(e.parts.style).toEqual({ raw: 50, weight: 1, points: 50 });
    expect(e.parts.team).toEqual({ raw: 75, weight: 1, points: 75 });
    expect(e.score).toBe(116 + 100 + 100 + 54 + 50 + 75);
    expect(scorePair(c, 0, 0)).toBe(e.score);
    expect(e.sharedGoals).toEqual(["cloud"]);
    expect(e.sharedStyles).toEqual(["hands-on"]);
    expect(e.reasons[0]).toBe("skill coverage: 116 points (29/100 × 4)");
  });

  it("weights scale each part independently", () => {
    const input: MatchingInput = {
      participants: [
        person("a", { learn: [{ skill: 0, level: 1 }] }),
        mentor("m", { offer: [{ skill: 0, level: 1 }] }),
      ],
      weights: { skill: 3, goal: 0, availability: 0, timezone: 0, style: 0, team: 0 },
    };
    const c = compileCohort(input, resolveWeights(input.weights));
    // One mentor offers it out of one: rarity 5, met → raw 10, × 3.
    expect(scorePair(c, 0, 0)).toBe(30);
  });
});

describe("bulk row scanner", () => {
  it("gives exactly the single-pair score for every proposable pair, and EXCLUDED for forbidden ones or ones sharing no wanted skill", () => {
    fc.assert(
      fc.property(cohortArb(10), (input) => {
        const c = compileCohort(input, resolveWeights(input.weights));
        const scanner = new RowScanner(c);
        for (let i = 0; i < c.n; i++) {
          const row = scanner.row(i, c.mentorCapacity);
          const excluded = new Set(Array.from(c.exclMentor.subarray(c.exclStart[i], c.exclStart[i + 1])));
          for (let j = 0; j < c.m; j++) {
            const covers = coversWantedSkill(input, c.menteeIds[i] ?? "", c.mentorIds[j] ?? "");
            expect(row[j]).toBe(excluded.has(j) || !covers ? EXCLUDED : scorePair(c, i, j));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
