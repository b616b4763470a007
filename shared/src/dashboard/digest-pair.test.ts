import { describe, expect, it } from "vitest";
import type { PairDocument } from "../domain/pair";
import { digestPair, sameDigest } from "./digest-pair";

const pair: PairDocument = {
  id: "pair",
  pk: "t:t|pair:p1",
  tenantId: "t",
  type: "pair",
  pairId: "p1",
  programId: "prog",
  members: [
    { userId: "mentee", role: "mentee", displayName: "E" },
    { userId: "mentor", role: "mentor", displayName: "M" },
  ],
  status: "closed",
  matchReasons: [],
  createdAt: "2026-01-05T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
};

describe("digestPair", () => {
  const source = {
    pair,
    sessions: [
      { sessionId: "s1", at: "2026-01-07T10:00:00.000Z", met: true, usefulness: 4 }, // no check-in: its own rating
      { sessionId: "s2", at: "2026-02-04T10:00:00.000Z" }, // not logged as met; a check-in says it was
      { sessionId: "s3", at: "2026-02-18T10:00:00.000Z", met: false }, // not held
    ],
    checkIns: [
      { sessionId: "s2", met: true, usefulness: 5 },
      { sessionId: "s2", met: false, usefulness: 2 },
      { sessionId: "s3", met: false },
    ],
    goals: [
      { milestones: [{ milestoneId: "a", title: "x", done: true }] },
      {
        milestones: [
          { milestoneId: "b", title: "y", done: true },
          { milestoneId: "c", title: "z", done: false },
        ],
      },
      { milestones: [] },
    ],
  };

  it("counts held sessions by month and week, usefulness answers, goals and milestones", () => {
    const d = digestPair(source);
    expect(d).toMatchObject({
      id: "dashpair:p1",
      pk: "t:t|program:prog",
      mentorId: "mentor",
      menteeId: "mentee",
      status: "closed",
      endedAt: "2026-03-01T10:00:00.000Z",
      metByMonth: { "2026-01": 1, "2026-02": 1 },
      metByWeek: { "2026-01-05": 1, "2026-02-02": 1 },
      lastMetAt: "2026-02-04T10:00:00.000Z",
      usefulness: [0, 1, 0, 1, 1],
      goals: 3,
      goalsDone: 1,
      milestones: 3,
      milestonesDone: 2,
    });
    expect(JSON.stringify(d)).not.toMatch(/"x"|"y"|"E"|"M"/);
  });

  it("is the same digest for the same partition, in any order", () => {
    const reversed = {
      ...source,
      sessions: [...source.sessions].reverse(),
      checkIns: [...source.checkIns].reverse(),
    };
    expect(sameDigest(digestPair(source), digestPair(reversed))).toBe(true);
    expect(sameDigest(digestPair(source), digestPair({ ...source, goals: [] }))).toBe(false);
  });
});
