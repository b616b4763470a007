import { describe, expect, it } from "vitest";
import { effectiveStatus } from "./participation";
import { goBack, startIntake, submitStep } from "./intake-machine";
import { intakeProgress } from "./intake-progress";
import type { EnrolmentDocument } from "./intake-documents";
import { stepPosition } from "./steps";

const now = new Date("2026-11-22T10:00:00.000Z");
const skills = [
  { id: "azure", name: "Azure", group: "cloud", critical: true },
  { id: "bgp", name: "BGP", group: "networking", critical: false },
];
const ctx = { userId: "u1", skills, formats: ["one-to-one" as const] };
const start = () =>
  startIntake({ mode: "join", tenantId: "t", userId: "u1", programId: "p1", draft: {}, now });

describe("the intake state machine", () => {
  it("skips the capacity step for people who offer nothing, and counts steps accordingly", () => {
    let doc = { ...start(), step: "learn" as const };
    let out = submitStep(doc, "learn", { learn: "azure", goals: "Run workloads on Azure alone." }, ctx, now);
    expect(out.kind).toBe("next");
    doc = out.doc as typeof doc;
    out = submitStep(doc, "offer", { offer: "" }, ctx, now);
    expect(out.doc.step).toBe("levels");
    out = submitStep(out.doc, "levels", { learn_azure: "2" }, ctx, now);
    expect(out.doc.step).toBe("ways");
    out = submitStep(
      out.doc,
      "ways",
      {
        styles: "listening",
        communication: "chat",
        formats: "one-to-one",
        teamPreference: "cross-team",
        availability: "0-am",
      },
      ctx,
      now,
    );
    expect(out.doc.step).toBe("consent");
    // The total never changes as answers change which steps apply (it was "3 of 6", then "4 of 7").
    expect(stepPosition(out.doc.path, "consent", out.doc.draft as never)).toEqual({ index: 7, count: 7 });
    for (const step of out.doc.path) {
      expect(stepPosition(out.doc.path, step, { offer: [] }).count).toBe(7);
      expect(stepPosition(out.doc.path, step, { offer: [{}] }).count).toBe(7);
    }
    expect(goBack(out.doc, "consent", now).step).toBe("ways");
  });

  it("treats a card for another step as stale and keeps a step with problems unsaved", () => {
    const doc = start();
    expect(submitStep(doc, "learn", {}, ctx, now).kind).toBe("stale");
    const bad = submitStep(
      doc,
      "about",
      { role: "Engineer", team: "Ops", level: "mid", timeZone: "UTC", managerId: "u1" },
      { ...ctx, managerIds: new Set(["u1"]) },
      now,
    );
    expect(bad).toMatchObject({
      kind: "invalid",
      errors: { managerId: expect.stringMatching(/own manager/) },
    });
    expect(bad.doc).toBe(doc);
  });
});

describe("intake progress", () => {
  const e = (userId: string, over: Partial<EnrolmentDocument>): EnrolmentDocument => ({
    id: `enrolment:${userId}`,
    pk: "t:t|program:p1",
    tenantId: "t",
    type: "enrolment",
    programId: "p1",
    userId,
    displayName: userId,
    status: "completed",
    roles: [],
    capacity: 0,
    offered: [],
    wanted: [],
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...over,
  });
  it("counts statuses, roles and capacity against demand per skill", () => {
    const view = intakeProgress(
      { programId: "p1", name: "P", skills },
      [
        e("a", { roles: ["mentor"], capacity: 2, offered: ["azure"] }),
        e("b", { roles: ["mentee"], wanted: ["azure", "bgp"] }),
        e("c", { roles: ["mentee", "mentor"], capacity: 1, offered: ["bgp"], wanted: ["azure"] }),
        e("d", { status: "started" }),
        e("f", {
          status: "paused",
          pausedUntil: "2026-12-01T00:00:00.000Z",
          roles: ["mentee"],
          wanted: ["bgp"],
        }),
        e("g", {
          status: "paused",
          pausedUntil: "2026-11-01T00:00:00.000Z",
          roles: ["mentee"],
          wanted: ["bgp"],
        }),
        e("h", { status: "left" }),
      ],
      now,
    );
    expect(view).toMatchObject({
      started: 7,
      inProgress: 1,
      completed: 4,
      paused: 1,
      left: 1,
      mentors: 2,
      mentees: 3,
      both: 1,
      capacityOffered: 3,
      demand: 3,
    });
    expect(view.skills.find((s) => s.skillId === "bgp")).toMatchObject({
      mentors: 1,
      capacityOffered: 1,
      demand: 2,
      shortfall: 1,
    });
    expect(view.skills.find((s) => s.skillId === "azure")).toMatchObject({
      mentors: 1,
      capacityOffered: 2,
      demand: 2,
      shortfall: 0,
    });
  });
  it("a pause ends on its return date", () => {
    expect(effectiveStatus({ status: "paused", pausedUntil: "2026-11-22T00:00:00.000Z" }, now)).toBe(
      "active",
    );
    expect(effectiveStatus({ status: "paused" }, now)).toBe("paused");
  });
});
