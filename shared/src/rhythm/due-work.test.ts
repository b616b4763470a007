import { describe, expect, it } from "vitest";
import type { PairDocument, ProgramDocument, SessionDocument } from "../index";
import { dueWork, type PairSnapshot } from "./due-work";
import { surveyFigures } from "./survey";

const pair: PairDocument = {
  id: "pair",
  pk: "t:x|pair:p",
  tenantId: "x",
  type: "pair",
  pairId: "p",
  programId: "prog",
  members: [
    { userId: "m", role: "mentor", displayName: "Mia" },
    { userId: "e", role: "mentee", displayName: "Eli" },
  ],
  status: "active",
  matchReasons: [],
  createdAt: "2026-01-05T00:00:00.000Z",
  updatedAt: "2026-01-05T00:00:00.000Z",
};
const program = {
  cadence: "weekly",
  cohortStart: "2026-01-05",
  cohortEnd: "2026-07-05",
  ownerIds: ["o"],
  name: "Pilot",
  duration: "6-months",
} as ProgramDocument;
const session = (id: string, at: string, met?: boolean) =>
  ({ sessionId: id, at, durationMinutes: 60, ...(met !== undefined ? { met } : {}) }) as SessionDocument;
const snap = (over: Partial<PairSnapshot> = {}): PairSnapshot => ({
  pair,
  program,
  sessions: [],
  actionItems: [],
  checkIns: new Set(),
  people: new Map(),
  ...over,
});
const kinds = (s: PairSnapshot, at: string) =>
  dueWork(s, new Date(at)).map((w) => `${w.kind}:${w.recipientId}`);

describe("due work from the data", () => {
  it("follows the cadence: reminder a day before, nudge at twice, owner at three times", () => {
    const s = snap({ sessions: [session("s1", "2026-02-02T10:00:00.000Z", true)] });
    expect(kinds(s, "2026-02-07T10:00:00.000Z")).toEqual([]);
    expect(kinds(s, "2026-02-08T10:00:00.000Z")).toEqual(["session-due:m", "session-due:e"]);
    expect(kinds(s, "2026-02-16T10:00:00.000Z")).toEqual(["quiet-pair:m", "quiet-pair:e"]);
    expect(kinds(s, "2026-02-23T10:00:00.000Z")).toEqual(["quiet-pair:m", "quiet-pair:e", "escalation:o"]);
    // A session planned ahead: nothing about meeting is due.
    const planned = snap({ sessions: [...s.sessions, session("s2", "2026-03-01T10:00:00.000Z")] });
    expect(kinds(planned, "2026-02-23T10:00:00.000Z")).toEqual([]);
  });

  it("asks for a check-in after the session's end, once per person who has not answered", () => {
    const s = snap({ sessions: [session("s1", "2026-02-02T10:00:00.000Z")], checkIns: new Set(["s1:m"]) });
    expect(kinds(s, "2026-02-02T10:59:00.000Z")).toEqual([]);
    expect(kinds(s, "2026-02-02T11:00:00.000Z")).toEqual(["check-in:e"]);
    expect(kinds(s, "2026-02-20T11:00:00.000Z")).not.toContain("check-in:e"); // too old to ask
  });

  it("skips paused and departed people, and closed pairs", () => {
    const people = new Map([
      ["m", { timeZone: "UTC", status: "paused" as const, displayName: "Mia" }],
      ["e", { timeZone: "UTC", status: "left" as const, displayName: "Eli" }],
    ]);
    const s = snap({ sessions: [session("s1", "2026-02-02T10:00:00.000Z")], people });
    expect(kinds(s, "2026-02-02T12:00:00.000Z")).toEqual([]);
    expect(kinds(snap({ pair: { ...pair, status: "closed" } }), "2026-06-01T00:00:00.000Z")).toEqual([]);
  });

  it("keys are stable, so planning the same situation twice plans nothing new", () => {
    const s = snap({ sessions: [session("s1", "2026-02-02T10:00:00.000Z")] });
    const a = dueWork(s, new Date("2026-02-02T12:00:00.000Z")).map((w) => w.key);
    const b = dueWork(s, new Date("2026-02-03T12:00:00.000Z")).map((w) => w.key);
    expect(a).toEqual(b);
  });

  it("puts surveys at 50 % and 100 % of the program", () => {
    const s = snap({ sessions: [session("s9", "2026-04-04T10:00:00.000Z", true)] });
    const at = (iso: string) => dueWork(s, new Date(iso)).filter((w) => w.kind.endsWith("survey"));
    expect(at("2026-04-04T23:00:00.000Z")).toHaveLength(0);
    expect(at("2026-04-05T12:00:00.000Z").map((w) => w.kind)).toEqual(["midpoint-survey", "midpoint-survey"]);
  });
});

describe("survey figures", () => {
  it("are hidden below the minimum group size and never include lessons", () => {
    const r = (recommend: number) =>
      ({
        phase: "midpoint",
        satisfaction: 4,
        usefulness: 3,
        goalProgress: 2,
        recommend,
        lesson: "secret",
      }) as never;
    expect(surveyFigures([r(9), r(10)], 5)[0]).toEqual({ phase: "midpoint", responses: 2, shown: false });
    const shown = surveyFigures([r(10), r(9), r(8), r(3), r(6)], 5)[0];
    expect(shown).toMatchObject({ shown: true, satisfaction: 4, usefulness: 3, goalProgress: 2, nps: 0 });
    expect(JSON.stringify(shown)).not.toContain("secret");
  });
});
