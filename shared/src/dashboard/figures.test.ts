import { describe, expect, it } from "vitest";
import { buildDashboardView, exactKnowledgeRisk, median } from "./figures";
import { rollUp } from "./rollup";
import { fixtureDigest, fixtureEnrolment, fixtureInput, fixtureProgram } from "./test-fixture";

const ASOF = "2026-03-31T12:00:00.000Z";
const view = (q = {}) =>
  buildDashboardView(rollUp(fixtureInput), fixtureProgram, { cohort: "all", ...q }, ASOF);

describe("dashboard figures against the hand-computed fixture (minimum group 2)", () => {
  it("participation", () => {
    const p = view().participation;
    expect(p.mentors).toEqual({ value: 2 }); // m1, m2 (x left)
    expect(p.mentees).toEqual({ value: 3 });
    expect(p.matchedMentees).toEqual({ value: 2 });
    expect(p.pairs).toEqual({ value: 2 });
    expect(p.activePairs).toEqual({ hidden: "small" }); // 1
    expect(p.finishedPairs).toEqual({ hidden: "small" }); // 1
    expect(p.pausedPairs).toEqual({ value: 0 });
    expect(p.quietPairs).toEqual({ hidden: "small" }); // d2: 49 days since it met, weekly cadence allows 14
    expect(p.medianDaysToMatch).toEqual({ value: 10 }); // e1 10 days, e2 10 days
    expect(p.meetingsHeld).toEqual({ value: 4 });
    expect(p.meetingsPerPairPerMonth).toEqual({ value: 0.7 }); // 4 meetings over 6 pair-months
    expect(p.expectedMeetingsPerMonth).toBe(4.3); // weekly: 30.44 / 7
    expect(p.completionRate).toEqual({ hidden: "small" }); // 1 of 1 stopped pair: below the minimum
    expect(p.monthly).toEqual([
      { month: "2026-01", meetings: { hidden: "small" }, pairs: { value: 2 }, perPair: { hidden: "small" } },
      // 4 meetings in all, January's 1 hidden: February's 3 is withheld, or 4 − 3 would give January away.
      {
        month: "2026-02",
        meetings: { hidden: "withheld" },
        pairs: { value: 2 },
        perPair: { hidden: "withheld" },
      },
      { month: "2026-03", meetings: { value: 0 }, pairs: { value: 2 }, perPair: { value: 0 } },
    ]);
    expect(p.weekly.map((w) => w.week)).toEqual(["2026-01-19", "2026-02-02", "2026-02-09", "2026-02-16"]);
    expect(p.mentorRetention).toEqual([]);
  });

  it("a date range narrows the monthly and weekly series and the meeting rate", () => {
    const p = view({ from: "2026-02-01", to: "2026-02-28" }).participation;
    expect(p.monthly.map((m) => m.month)).toEqual(["2026-02"]);
    expect(p.weekly.map((w) => w.week)).toEqual(["2026-02-02", "2026-02-09", "2026-02-16"]);
    // February's meetings are withheld, so the rate over February alone is too.
    expect(p.meetingsPerPairPerMonth).toEqual({ hidden: "withheld" });
  });

  it("outcomes", () => {
    const o = view().outcomes;
    expect(o.goals).toEqual({ value: 2 });
    expect(o.goalsDone).toEqual({ hidden: "small" });
    expect(o.milestones).toEqual({ value: 5 });
    expect(o.milestonesDone).toEqual({ value: 3 });
    expect(o.usefulness.answers).toEqual({ value: 4 });
    expect(o.usefulness.mean).toEqual({ value: 3.5 }); // (2 + 3 + 4 + 5) / 4
    expect(o.usefulness.distribution[0]).toEqual({ score: 1, count: { value: 0 } });
    expect(o.usefulness.distribution[1]).toEqual({ score: 2, count: { hidden: "small" } });
    const [mid, final] = o.surveys;
    expect(mid).toMatchObject({
      phase: "midpoint",
      responses: { value: 2 },
      satisfaction: { value: 3 },
      usefulness: { value: 4 },
      goalProgress: { value: 2.5 },
      nps: { value: 0 }, // one promoter (9), one detractor (6)
    });
    expect(final).toMatchObject({ phase: "final", responses: { value: 0 }, satisfaction: {} });
    // e1 went from level 1 to 3 in skill a (group g1): one mentee, below the minimum.
    expect(o.skillChange).toEqual([
      { group: "g1", people: { hidden: "small" }, meanChange: { hidden: "small" } },
    ]);
  });

  it("knowledge risk: suppressed on the dashboard, exact for owners", () => {
    const [a, c] = view().knowledgeRisk.skills;
    expect(a).toMatchObject({
      skillId: "a",
      holders: { value: 3 }, // m1, m2 offer it; e1 is at level 3
      mentors: { value: 2 },
      learning: { hidden: "small" }, // e2, in an active pair
      demand: { value: 2 },
      supply: { value: 3 }, // capacities 2 + 1
      gap: { value: -1 },
      atRisk: false,
    });
    expect(c).toMatchObject({
      skillId: "c",
      holders: { hidden: "small" },
      mentors: { hidden: "small" },
      supply: { hidden: "small" },
      gap: { hidden: "withheld" },
      demand: { value: 2 },
      atRisk: true,
    });
    const exact = exactKnowledgeRisk(rollUp(fixtureInput), fixtureProgram, ASOF).skills;
    expect(
      exact.map((s) => [s.skillId, s.holders, s.mentors, s.learning, s.demand, s.supply, s.singlePoint]),
    ).toEqual([
      ["a", 3, 2, 1, 2, 3, false],
      ["c", 1, 1, 1, 2, 1, true],
    ]);
  });

  it("never carries a name, an id of a person or text", () => {
    const text = JSON.stringify(view());
    for (const s of ["m1", "e1", "A lesson", "u-d1"]) expect(text).not.toContain(s);
  });

  it("median of whole numbers", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBe(0);
  });
});

describe("differencing across cohorts", () => {
  // Q1: 3 mentors (hidden at minimum 5); Q2: 8 mentors. "All" shows 11, so Q2 must be hidden too,
  // or 11 − 8 would reveal Q1's 3.
  const mentors = (n: number, at: string, prefix: string) =>
    Array.from({ length: n }, (_, i) =>
      fixtureEnrolment(`${prefix}${i}`, { roles: ["mentor"], capacity: 1, completedAt: at }),
    );
  const rollup = rollUp({
    ...fixtureInput,
    enrolments: [
      ...mentors(3, "2026-02-01T00:00:00.000Z", "q1-"),
      ...mentors(8, "2026-05-01T00:00:00.000Z", "q2-"),
    ],
    digests: [fixtureDigest("z", { createdAt: "2026-05-02T00:00:00.000Z" })],
    surveys: [],
  });
  const program = { ...fixtureProgram, minGroupSize: 5 };
  const mentorsIn = (cohort: string) =>
    buildDashboardView(rollup, program, { cohort }, ASOF).participation.mentors;

  it("hides a second cohort so that the total minus the visible cohorts reveals nothing", () => {
    expect(mentorsIn("all")).toEqual({ value: 11 });
    expect(mentorsIn("2026-Q1")).toEqual({ hidden: "small" });
    expect(mentorsIn("2026-Q2")).toEqual({ hidden: "withheld" });
  });
});
