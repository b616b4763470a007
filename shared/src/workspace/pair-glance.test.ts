import { describe, expect, it } from "vitest";
import { pairGlance } from "./pair-glance";
import type { PairGlanceInput } from "./pair-glance";

const base: PairGlanceInput = {
  agreement: { meetingFrequency: "biweekly", startDate: "2026-10-01" },
  sessions: [],
  goals: [],
  actionItems: [],
};

describe("pairGlance", () => {
  it("dates the next session from the last one that happened plus the cadence", () => {
    const glance = pairGlance(
      {
        ...base,
        sessions: [
          { at: "2026-11-02T09:00:00Z" },
          { at: "2026-11-16T09:00:00Z" },
          { at: "2026-11-20T09:00:00Z", met: false },
        ],
      },
      "2026-11-25",
    );
    expect(glance.nextSession).toEqual({ date: "2026-11-30", overdue: false });
  });

  it("says the next session is overdue once its day has passed, and starts from the agreement's start", () => {
    expect(
      pairGlance({ ...base, sessions: [{ at: "2026-10-20T09:00:00Z" }] }, "2026-11-25").nextSession,
    ).toEqual({ date: "2026-11-03", overdue: true });
    expect(pairGlance(base, "2026-09-20").nextSession).toEqual({ date: "2026-10-01", overdue: false });
  });

  it("has no next session for milestone-based pairs or without an agreement", () => {
    const milestone = {
      ...base,
      agreement: { meetingFrequency: "milestone" as const, startDate: "2026-10-01" },
    };
    expect(pairGlance(milestone, "2026-11-25")).toMatchObject({ nextSession: null, expectedPerMonth: null });
    expect(pairGlance({ ...base, agreement: null }, "2026-11-25").nextSession).toBeNull();
  });

  it("counts sessions held this calendar month against what the cadence asks for", () => {
    const glance = pairGlance(
      {
        ...base,
        agreement: { meetingFrequency: "weekly", startDate: "2026-10-01" },
        sessions: [
          { at: "2026-10-31T23:00:00Z" },
          { at: "2026-11-01T08:00:00Z" },
          { at: "2026-11-08T08:00:00Z", met: true },
          { at: "2026-11-15T08:00:00Z", met: false },
        ],
      },
      "2026-11-25",
    );
    expect(glance).toMatchObject({ meetingsThisMonth: 2, expectedPerMonth: 4 });
  });

  it("gives each goal's milestones done and a percentage (none yet counts as 0)", () => {
    const glance = pairGlance(
      {
        ...base,
        goals: [
          { goalId: "g1", title: "Firewall", milestones: [{ done: true }, { done: true }, { done: false }] },
          { goalId: "g2", title: "Network", milestones: [] },
        ],
      },
      "2026-11-25",
    );
    expect(glance.goals).toEqual([
      { goalId: "g1", title: "Firewall", done: 2, total: 3, percent: 67 },
      { goalId: "g2", title: "Network", done: 0, total: 0, percent: 0 },
    ]);
  });

  it("counts open action items and those past their due date (today is not overdue)", () => {
    const glance = pairGlance(
      {
        ...base,
        actionItems: [
          { done: false, dueDate: "2026-11-24" },
          { done: false, dueDate: "2026-11-25" },
          { done: false },
          { done: true, dueDate: "2026-11-01" },
        ],
      },
      "2026-11-25",
    );
    expect(glance).toMatchObject({ openActions: 3, overdueActions: 1 });
  });
});
