import { describe, expect, it } from "vitest";
import { nextFocusStep, recoveryOrder } from "./focus-plan";

const timing = { graceMs: 1000, timeoutMs: 3000 };

describe("nextFocusStep", () => {
  it("focuses the first candidate as soon as it is ready", () => {
    expect(nextFocusStep(["ready", "ready"], 0, timing)).toEqual({ kind: "focus", index: 0 });
  });

  it("waits for a missing or disabled first candidate during the grace period, even if a later one is ready", () => {
    expect(nextFocusStep(["missing", "ready"], 500, timing)).toEqual({ kind: "wait" });
    expect(nextFocusStep(["disabled", "ready"], 999, timing)).toEqual({ kind: "wait" });
  });

  it("uses a later candidate once the grace period is over", () => {
    expect(nextFocusStep(["disabled", "missing", "ready"], 1000, timing)).toEqual({
      kind: "focus",
      index: 2,
    });
  });

  it("skips a candidate that is gone for good at once", () => {
    expect(nextFocusStep(["gone", "ready"], 0, timing)).toEqual({ kind: "focus", index: 1 });
    expect(nextFocusStep(["gone", "missing", "ready"], 10, timing)).toEqual({ kind: "wait" });
  });

  it("gives up after the timeout when nothing can take focus", () => {
    expect(nextFocusStep(["disabled", "missing"], 2999, timing)).toEqual({ kind: "wait" });
    expect(nextFocusStep(["disabled", "missing"], 3000, timing)).toEqual({ kind: "give-up" });
    expect(nextFocusStep([], 3000, timing)).toEqual({ kind: "give-up" });
  });
});

describe("recoveryOrder", () => {
  it("keeps focus in an open dialog on the same control", () => {
    expect(recoveryOrder({ inDialog: true, dialogClosed: false })).toEqual(["self"]);
  });

  it("returns focus from a closed dialog to its opener", () => {
    expect(recoveryOrder({ inDialog: true, dialogClosed: true })).toEqual(["opener", "opener-twin"]);
  });

  it("elsewhere tries the control, its re-rendered twin, then something nearby", () => {
    expect(recoveryOrder({ inDialog: false, dialogClosed: false })).toEqual(["self", "twin", "nearby"]);
  });
});
