import { describe, expect, it } from "vitest";
import { goalProgress } from "./goal-progress";

const m = (done: boolean, i: number) => ({ milestoneId: `m${i}`, title: `m${i}`, done });

describe("goalProgress", () => {
  it("is the rounded share of milestones done", () => {
    expect(goalProgress({ milestones: [] })).toBe(0);
    expect(goalProgress({ milestones: [true, false, false].map(m) })).toBe(33);
    expect(goalProgress({ milestones: [true, true].map(m) })).toBe(100);
  });
});
