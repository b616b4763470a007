import { describe, expect, it } from "vitest";
import type { ActionItemDocument, AgreementDocument, PairDocument, SessionDocument } from "../index";
import { pairHealthRow, pairHealthRows, projectPairStatus } from "./pair-health";

const pair = {
  tenantId: "x",
  pairId: "p",
  programId: "prog",
  members: [
    { userId: "m", role: "mentor", displayName: "Mia Mentor" },
    { userId: "e", role: "mentee", displayName: "Eli Mentee" },
  ],
  status: "active",
  createdAt: "2026-01-01T00:00:00.000Z",
} as PairDocument;
const session = (at: string, met?: boolean) =>
  ({ at, sharedNotes: "SECRET NOTES", ...(met !== undefined ? { met } : {}) }) as SessionDocument;
const item = (dueDate: string, done = false) =>
  ({ title: "SECRET ITEM", dueDate, done }) as ActionItemDocument;
const now = new Date("2026-02-26T12:00:00.000Z");

const project = (over: Partial<Parameters<typeof projectPairStatus>[0]> = {}) =>
  projectPairStatus(
    {
      pair,
      agreement: { status: "confirmed", terms: { meetingFrequency: "weekly" } } as AgreementDocument,
      sessions: [
        session("2026-01-10T10:00:00.000Z", true),
        session("2026-02-20T10:00:00.000Z"),
        session("2026-02-21T10:00:00.000Z", false),
      ],
      actionItems: [item("2026-02-01"), item("2026-02-10", true), item("2026-03-10")],
      chemistryAnsweredBy: ["m", "e", "stranger"],
      ...over,
    },
    "t:x|program:prog",
    now,
  );

describe("pair health", () => {
  it("projects status only: counts and dates, no text from sessions, goals or items", () => {
    const doc = project();
    expect(doc).toMatchObject({
      id: "pairstatus:p",
      pk: "t:x|program:prog",
      meetingsHeld: 2,
      lastMeetingAt: "2026-02-20T10:00:00.000Z",
      agreementConfirmed: true,
      cadence: "weekly",
      openActionDueDates: ["2026-02-01", "2026-03-10"],
      chemistryAnswered: 2,
    });
    expect(JSON.stringify(doc)).not.toContain("SECRET");
  });

  it("counts meetings against the cadence and overdue items at read time; quiet, then at risk", () => {
    const row = pairHealthRow(project(), now);
    expect(row).toMatchObject({
      meetingsExpected: 8,
      overdueActionItems: 1,
      chemistryAnswered: true,
      health: "on-track",
    });
    const quiet = pairHealthRow(project({ sessions: [session("2026-02-08T10:00:00.000Z", true)] }), now);
    expect(quiet.health).toBe("quiet"); // 18 days, weekly: more than twice the cadence
    const risk = pairHealthRow(project({ sessions: [] }), now);
    expect(risk.health).toBe("at-risk");
    const overdue = pairHealthRow(
      project({ actionItems: [item("2026-02-01"), item("2026-02-02"), item("2026-02-03")] }),
      now,
    );
    expect(overdue.health).toBe("at-risk");
    const finished = pairHealthRow(project({ pair: { ...pair, status: "closed" }, sessions: [] }), now);
    expect(finished.health).toBe("finished");
    expect(pairHealthRows([project(), project({ sessions: [] })], now).map((r) => r.health)).toEqual([
      "at-risk",
      "on-track",
    ]);
  });
});
