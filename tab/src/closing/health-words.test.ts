import { describe, expect, it } from "vitest";
import { isLiveRow, meetingsWords } from "./health-words";

describe("pair health words", () => {
  it("says meetings against the cadence, or that the pair is milestone-based", () => {
    expect(meetingsWords({ meetingsHeld: 2, meetingsExpected: 3 })).toBe("2 of 3");
    expect(meetingsWords({ meetingsHeld: 1, meetingsExpected: null })).toBe("1 (milestone-based)");
  });
  it("offers closing only for active and paused pairs", () => {
    expect(isLiveRow({ state: "active" })).toBe(true);
    expect(isLiveRow({ state: "paused" })).toBe(true);
    expect(isLiveRow({ state: "closing" })).toBe(false);
    expect(isLiveRow({ state: "closed" })).toBe(false);
  });
});
