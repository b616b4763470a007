import { describe, expect, it } from "vitest";
import type { EnrolmentDocument } from "../intake/intake-documents";
import type { ProgramDocument } from "../domain/program";
import { explainPair, solveMatching } from "../matching/index";
import { describeMatch } from "./describe-match";
import { goalKeywords } from "./goal-keywords";
import { toUtcSlots, utcOffsetAt } from "./time-zone";
import { toMatchingInput } from "./to-matching-input";

const now = new Date("2026-01-12T10:00:00.000Z"); // a Monday in winter

const program = {
  id: "program:p1",
  pk: "t:t1",
  tenantId: "t1",
  type: "program",
  programId: "p1",
  name: "P",
  purpose: "skill-transfer",
  audience: "",
  formats: ["one-to-one"],
  duration: "6-months",
  cohortStart: "2026-01-01",
  cadence: "biweekly",
  minimumMeetingsPerMonth: 2,
  skills: [
    { id: "firewalls", name: "Firewall rules", group: "networking", critical: true },
    { id: "azure", name: "Azure", group: "cloud", critical: false },
  ],
  agreementTemplate: {
    meetingLengthMinutes: 45,
    channels: [],
    responseTime: "",
    confidentiality: "",
    boundaries: "",
  },
  ownerIds: ["u-owner"],
  minGroupSize: 5,
  status: "running",
  sponsorIds: [],
  dashboardAccess: "owners-and-sponsors",
  retentionMonths: 12,
} as ProgramDocument;

function enrolment(
  userId: string,
  over: Partial<EnrolmentDocument> = {},
  m: Partial<NonNullable<EnrolmentDocument["matching"]>> = {},
): EnrolmentDocument {
  return {
    id: `enrolment:${userId}`,
    pk: "t:t1|program:p1",
    tenantId: "t1",
    type: "enrolment",
    programId: "p1",
    userId,
    displayName: `${userId} Surname`,
    status: "completed",
    roles: ["mentee"],
    capacity: 0,
    offered: [],
    wanted: [],
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    matching: {
      team: "A",
      reportingLine: [],
      learn: [],
      offer: [],
      goals: "",
      timeZone: "Europe/Paris",
      availability: [{ day: 0, startMinute: 9 * 60, endMinute: 11 * 60 }],
      styles: ["hands-on"],
      teamPreference: "no-preference",
      ...m,
    },
    ...over,
  };
}

describe("time zones", () => {
  it("finds the offset of a zone at an instant, with daylight saving", () => {
    expect(utcOffsetAt("Europe/Paris", now)).toBe(60);
    expect(utcOffsetAt("Europe/Paris", new Date("2026-07-01T10:00:00Z"))).toBe(120);
    expect(utcOffsetAt("America/New_York", now)).toBe(-300);
    expect(utcOffsetAt("Asia/Kolkata", now)).toBe(330);
    expect(utcOffsetAt("Not/AZone", now)).toBe(0);
  });

  it("moves local weekly slots to UTC, splitting at midnight and wrapping the week", () => {
    expect(toUtcSlots([{ day: 0, startMinute: 540, endMinute: 600 }], 60)).toEqual([
      { day: 0, startMinute: 480, endMinute: 540 },
    ]);
    // Tokyo (+9h) Monday 08:00–10:00 is Sunday 23:00 – Monday 01:00 UTC.
    expect(toUtcSlots([{ day: 0, startMinute: 480, endMinute: 600 }], 540)).toEqual([
      { day: 6, startMinute: 1380, endMinute: 1440 },
      { day: 0, startMinute: 0, endMinute: 60 },
    ]);
    // New York (−5h) Sunday 21:00–23:00 is Monday 02:00–04:00 UTC.
    expect(toUtcSlots([{ day: 6, startMinute: 1260, endMinute: 1380 }], -300)).toEqual([
      { day: 0, startMinute: 120, endMinute: 240 },
    ]);
  });
});

describe("goal keywords", () => {
  it("keeps the words that carry meaning", () => {
    expect(goalKeywords("I want to review Firewall changes on my own and learn Azure networking")).toEqual([
      "review",
      "firewall",
      "change",
      "azure",
      "networking",
    ]);
  });
});

describe("toMatchingInput", () => {
  it("turns enrolments into participants: skills by index, UTC slots, capacity left by live pairs", () => {
    const { input, context } = toMatchingInput({
      program,
      now,
      enrolments: [
        enrolment(
          "mentee",
          {},
          {
            learn: [
              { skillId: "firewalls", level: 3 },
              { skillId: "gone", level: 2 },
            ],
            goals: "Own firewall reviews",
          },
        ),
        enrolment(
          "mentor",
          { roles: ["mentor"], capacity: 2 },
          { offer: [{ skillId: "firewalls", level: 4 }], timeZone: "Asia/Tokyo", reportingLine: ["boss"] },
        ),
        enrolment("starter", { status: "started", matching: undefined }),
        enrolment(
          "seated",
          { roles: ["mentee", "mentor"], capacity: 1 },
          { learn: [{ skillId: "azure", level: 2 }], offer: [{ skillId: "azure", level: 4 }] },
        ),
        enrolment("back", { status: "paused", pausedUntil: "2026-01-01T00:00:00.000Z" }),
        enrolment("away", { status: "paused", pausedUntil: "2026-03-01T00:00:00.000Z" }),
        enrolment("gone", { status: "left" }),
      ],
      seats: [
        {
          id: "seats:mentor",
          pk: "",
          tenantId: "t1",
          type: "matchSeats",
          programId: "p1",
          userId: "mentor",
          mentorPairIds: ["x"],
          updatedAt: "",
        },
        {
          id: "seats:seated",
          pk: "",
          tenantId: "t1",
          type: "matchSeats",
          programId: "p1",
          userId: "seated",
          mentorPairIds: [],
          menteePairId: "y",
          updatedAt: "",
        },
      ],
      exclusions: [
        {
          id: "e",
          pk: "",
          tenantId: "t1",
          type: "matchExclusion",
          programId: "p1",
          menteeId: "mentee",
          mentorId: "seated",
          by: "o",
          at: "",
        },
        {
          id: "e2",
          pk: "",
          tenantId: "t1",
          type: "matchExclusion",
          programId: "p1",
          menteeId: "nobody",
          mentorId: "mentor",
          by: "o",
          at: "",
        },
      ],
      history: [
        {
          id: "h",
          pk: "",
          tenantId: "t1",
          type: "pairHistory",
          programId: "p1",
          menteeId: "back",
          mentorId: "mentor",
          pairId: "z",
          endedAt: "",
        },
      ],
      locks: [{ menteeId: "mentee", mentorId: "mentor" }],
    });
    const byId = new Map(input.participants.map((p) => [p.id, p]));
    expect([...byId.keys()]).toEqual(["mentee", "mentor", "seated", "back", "away", "gone"]);
    expect(byId.get("mentee")).toMatchObject({
      learn: [{ skill: 0, level: 3 }],
      availability: [{ day: 0, startMinute: 480, endMinute: 600 }],
      utcOffsetMinutes: 60,
      goals: ["firewall", "review"],
    });
    expect(byId.get("mentor")).toMatchObject({
      capacity: 1,
      offer: [{ skill: 0, level: 4 }],
      utcOffsetMinutes: 540,
      reportingLine: ["boss"],
      availability: [{ day: 0, startMinute: 0, endMinute: 120 }],
    });
    expect(byId.get("mentor")?.goals).toEqual(expect.arrayContaining(["firewall", "rule"]));
    expect(byId.get("seated")?.roles).toEqual(["mentor"]);
    expect(byId.get("seated")?.learn).toEqual([]);
    expect(byId.get("back")?.status).toBe("active");
    expect(byId.get("away")?.status).toBe("paused");
    expect(byId.get("gone")?.status).toBe("left");
    expect(input.excludedPairs).toEqual([{ menteeId: "mentee", mentorId: "seated" }]);
    expect(input.endedPairs).toEqual([{ menteeId: "back", mentorId: "mentor" }]);
    expect(input.lockedPairs).toEqual([{ menteeId: "mentee", mentorId: "mentor" }]);
    expect(context.skillIds).toEqual(["firewalls", "azure"]);
    expect(context.names.mentor).toBe("mentor Surname");
  });

  it("feeds the engine: the pair it proposes comes with reasons in words", () => {
    const { input, context } = toMatchingInput({
      program,
      now,
      enrolments: [
        enrolment(
          "priya",
          { displayName: "Priya Raman" },
          {
            learn: [{ skillId: "firewalls", level: 3 }],
            goals: "Review firewall rule changes alone",
            team: "Cloud",
            teamPreference: "cross-team",
          },
        ),
        enrolment(
          "oskar",
          { displayName: "Oskar Lindqvist", roles: ["mentor"], capacity: 1 },
          { offer: [{ skillId: "firewalls", level: 4 }], team: "Networking", teamPreference: "cross-team" },
        ),
        enrolment(
          "boss",
          { displayName: "Boss", roles: ["mentor"], capacity: 1 },
          { offer: [{ skillId: "firewalls", level: 4 }] },
        ),
      ].map((e) =>
        e.userId === "priya" ? { ...e, matching: { ...e.matching!, reportingLine: ["boss"] } } : e,
      ),
    });
    const result = solveMatching(input);
    expect(result.assignments.map((a) => [a.menteeId, a.mentorId])).toEqual([["priya", "oskar"]]);
    const pair = explainPair(input, "priya", "oskar");
    const reasons = describeMatch(pair!, context, program.skills);
    expect(reasons).toContain(
      "Oskar offers Firewall rules, which Priya wants to learn, up to the level they aim for.",
    );
    expect(reasons).toContain("They share about 2 hours of free time a week.");
    expect(reasons).toContain("Both like hands-on mentoring.");
    expect(reasons).toContain("They come from different teams, as preferred: a fresh view for both.");
    expect(reasons.join(" ")).toMatch(/goals meet on .*Firewall/);
  });
});
