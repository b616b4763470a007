import { describe, expect, it } from "vitest";
import type { PairDocument, ProgramDocument } from "../index";
import { DomainError } from "../domain/errors";
import { dueWork } from "../rhythm/due-work";
import { closingOutcome, isPairWritable, requireWritable, startClosing } from "./pair-lifecycle";

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
  cohortEnd: "2026-12-05",
  ownerIds: ["o"],
} as ProgramDocument;

describe("a pair's lifecycle at the end of a cycle", () => {
  it("refuses writes to closed and ended pairs with a message naming the state, and only to those", () => {
    for (const status of ["active", "paused", "closing", "continued-informally"] as const) {
      expect(isPairWritable(status)).toBe(true);
      expect(() => requireWritable({ status })).not.toThrow();
    }
    for (const status of ["closed", "ended"] as const) {
      let error: unknown;
      try {
        requireWritable({ status });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("state");
      expect((error as DomainError).message).toContain(
        status === "closed" ? "This pair is closed" : "This pair has ended",
      );
    }
  });

  it("continues informally only when both choose to; any 'close' or time up closes it", () => {
    expect(closingOutcome(["continue", "continue"], false)).toBe("continued-informally");
    expect(closingOutcome(["continue", "close"], false)).toBe("closed");
    expect(closingOutcome(["close", undefined], false)).toBe("closed");
    expect(closingOutcome(["continue", undefined], false)).toBeUndefined();
    expect(closingOutcome(["continue", undefined], true)).toBe("closed");
    expect(closingOutcome([undefined, undefined], true)).toBe("closed");
  });

  it("a closing pair gets the wrap-up (with the reflection button's flag) and the end survey at once, under the usual keys", () => {
    const now = new Date("2026-03-10T10:00:00.000Z");
    const closing = startClosing(pair, "early", "o", now);
    expect(closing.closing?.closesBy).toBe("2026-03-24T10:00:00.000Z");
    const work = dueWork(
      { pair: closing, program, sessions: [], actionItems: [], checkIns: new Set(), people: new Map() },
      now,
    );
    expect(work.map((w) => w.key).sort()).toEqual([
      "survey:prog:final:p:e",
      "survey:prog:final:p:m",
      "wrap-up:p:e",
      "wrap-up:p:m",
    ]);
    expect(work.find((w) => w.kind === "wrap-up")?.subject.closing).toBe("yes");
    // Closed or continuing informally: no program reminders at all.
    for (const status of ["closed", "continued-informally"] as const)
      expect(
        dueWork(
          {
            pair: { ...closing, status },
            program,
            sessions: [],
            actionItems: [],
            checkIns: new Set(),
            people: new Map(),
          },
          now,
        ),
      ).toEqual([]);
  });
});
