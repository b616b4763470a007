import type { GoalDocument } from "@baton/shared";
import { describe, expect, it } from "vitest";
import { goalWithMilestone, milestoneProgress } from "./goal-progress";

const goal: GoalDocument = {
  id: "goal:g1",
  pk: "t:t1|pair:p1",
  tenantId: "t1",
  _etag: "e1",
  type: "goal",
  pairId: "p1",
  goalId: "g1",
  title: "Own the backup restore drill",
  description: "",
  targetDate: "2027-01-31",
  milestones: [
    { milestoneId: "m1", title: "Read the runbook", done: true, doneAt: "2026-11-01T10:00:00.000Z" },
    { milestoneId: "m2", title: "Shadow a restore", done: false },
    { milestoneId: "m3", title: "Run a restore", done: false, targetDate: "2027-01-15" },
  ],
  createdBy: "u1",
  createdAt: "2026-10-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
};

describe("milestoneProgress", () => {
  it("counts done milestones", () => {
    expect(milestoneProgress(goal)).toEqual({
      done: 1,
      total: 3,
      fraction: 1 / 3,
      text: "1 of 3 milestones done",
    });
  });

  it("treats a goal without milestones as not started", () => {
    expect(milestoneProgress({ milestones: [] })).toEqual({
      done: 0,
      total: 0,
      fraction: 0,
      text: "No milestones yet",
    });
  });
});

describe("goalWithMilestone", () => {
  it("sends the whole goal with the etag and one milestone changed", () => {
    const input = goalWithMilestone(goal, "m2", true);
    expect(input.etag).toBe("e1");
    expect(input.title).toBe(goal.title);
    expect(input.milestones?.map((m) => m.done)).toEqual([true, true, false]);
    expect(input.milestones?.[2]).toEqual({
      milestoneId: "m3",
      title: "Run a restore",
      targetDate: "2027-01-15",
      done: false,
    });
    expect(input.milestones?.[0]).not.toHaveProperty("doneAt");
  });
});
