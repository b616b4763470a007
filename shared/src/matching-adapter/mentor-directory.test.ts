import { describe, expect, it } from "vitest";
import type { ProgramDocument } from "../domain/program";
import type { EnrolmentDocument } from "../intake/intake-documents";
import type { MentorRequestDocument, PairHistoryDocument, SeatsDocument } from "../domain/matching-documents";
import { buildMentorDirectory, describeFit, type MentorDirectoryInput } from "./mentor-directory";

const now = new Date("2026-01-12T10:00:00.000Z");

const program = {
  id: "program:p1",
  pk: "t:t1",
  tenantId: "t1",
  type: "program",
  programId: "p1",
  name: "Knowledge transfer",
  skills: [
    { id: "firewalls", name: "Firewall rules", group: "networking", critical: true },
    { id: "azure", name: "Azure", group: "cloud", critical: false },
    { id: "sql", name: "SQL Server", group: "data", critical: false },
  ],
  ownerIds: ["u-owner"],
} as ProgramDocument;

const base = { pk: "t:t1|program:p1", tenantId: "t1", programId: "p1" };

function enrolment(
  userId: string,
  over: Partial<EnrolmentDocument> = {},
  m: Partial<NonNullable<EnrolmentDocument["matching"]>> = {},
): EnrolmentDocument {
  return {
    ...base,
    id: `enrolment:${userId}`,
    type: "enrolment",
    userId,
    displayName: `${userId} Surname`,
    status: "completed",
    roles: ["mentor"],
    capacity: 2,
    offered: [],
    wanted: [],
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    matching: {
      role: `${userId} engineer`,
      team: "B",
      reportingLine: [],
      learn: [],
      offer: [{ skillId: "azure", level: 4 }],
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

const me = enrolment(
  "me",
  { roles: ["mentee"], capacity: 0 },
  { team: "A", reportingLine: ["boss", "big-boss"], learn: [{ skillId: "firewalls", level: 2 }], offer: [] },
);

const seats = (userId: string, mentorPairIds: string[], menteePairId?: string): SeatsDocument => ({
  ...base,
  id: `seats:${userId}`,
  type: "matchSeats",
  userId,
  mentorPairIds,
  ...(menteePairId ? { menteePairId } : {}),
  updatedAt: now.toISOString(),
});

function directory(over: Partial<MentorDirectoryInput> = {}) {
  return buildMentorDirectory({
    program,
    enrolments: [
      me,
      enrolment(
        "fit",
        {},
        {
          offer: [
            { skillId: "firewalls", level: 4 },
            { skillId: "azure", level: 3 },
          ],
        },
      ),
      enrolment("plain"),
      enrolment("boss", {}, { offer: [{ skillId: "firewalls", level: 4 }] }),
      enrolment("report", {}, { reportingLine: ["me"] }),
      enrolment("full", { capacity: 1 }),
      enrolment("paused", { status: "paused", pausedUntil: "2026-02-01T00:00:00.000Z" }),
      enrolment("mentee-only", { roles: ["mentee"], capacity: 0 }),
      enrolment("unfinished", { status: "started" }, {}),
      enrolment("ended"),
      enrolment("excluded"),
    ],
    seats: [seats("full", ["pair-x"])],
    history: [
      {
        ...base,
        id: "pairhistory:me:ended",
        type: "pairHistory",
        menteeId: "me",
        mentorId: "ended",
        pairId: "old",
        endedAt: now.toISOString(),
      } satisfies PairHistoryDocument,
    ],
    exclusions: [
      {
        ...base,
        id: "exclusion:me:excluded",
        type: "matchExclusion",
        menteeId: "me",
        mentorId: "excluded",
        by: "u-owner",
        at: now.toISOString(),
      },
    ],
    requests: [],
    viewerId: "me",
    now,
    ...over,
  });
}

describe("buildMentorDirectory", () => {
  it("lists only mentors the viewer could ask, best fit first", () => {
    const view = directory();
    expect(view?.mentors.map((m) => m.userId)).toEqual(["fit", "plain"]);
    const [fit, plain] = view?.mentors ?? [];
    expect(fit).toMatchObject({
      displayName: "fit Surname",
      role: "fit engineer",
      team: "B",
      freePlaces: 2,
      offers: [
        { skillId: "firewalls", name: "Firewall rules", level: 4 },
        { skillId: "azure", name: "Azure", level: 3 },
      ],
    });
    expect(fit?.fit?.score).toBeGreaterThan(plain?.fit?.score ?? 0);
    expect(fit?.fit?.reasons).toContain(
      "Offers Firewall rules, which you want to learn, at the level you aim for or above.",
    );
    expect(plain?.fit?.reasons.join(" ")).not.toMatch(/Offers/);
    expect(view?.viewer).toEqual({ canAsk: true, reason: null, mentor: false });
    expect(view?.wanted).toEqual(["firewalls"]);
    expect(view?.skills.map((s) => s.skillId)).toEqual(["firewalls", "azure", "sql"]);
  });

  it("leaves out someone the viewer mentors now", () => {
    const both = { ...me, roles: ["mentee", "mentor"] as EnrolmentDocument["roles"], capacity: 2 };
    const view = directory({
      enrolments: [both, enrolment("fit"), enrolment("plain")],
      seats: [seats("me", ["pair-1"]), seats("plain", [], "pair-1")],
    });
    expect(view?.mentors.map((m) => m.userId)).toEqual(["fit"]);
  });

  it("filters by a skill the mentor offers", () => {
    expect(directory({ skillId: "firewalls" })?.mentors.map((m) => m.userId)).toEqual(["fit"]);
    expect(directory({ skillId: "sql" })?.mentors).toEqual([]);
  });

  it("returns null for someone who is not a participant, or who left", () => {
    expect(directory({ viewerId: "stranger" })).toBeNull();
    expect(directory({ enrolments: [{ ...me, status: "left" }, enrolment("fit")] })?.mentors).toBeUndefined();
  });

  it("gives no fit to a viewer who is not matchable as a mentee, and says why they cannot ask", () => {
    const seated = directory({ seats: [seats("me", [], "pair-1")] });
    expect(seated?.mentors.every((m) => m.fit === null)).toBe(true);
    expect(seated?.viewer).toEqual({
      canAsk: false,
      reason: "You already have a mentor in this program.",
      mentor: false,
    });
    const mentorOnly = directory({ viewerId: "plain" });
    expect(mentorOnly?.viewer.canAsk).toBe(false);
    expect(mentorOnly?.viewer.reason).toMatch(/to mentor others/);
    expect(mentorOnly?.viewer.mentor).toBe(true);
    expect(mentorOnly?.mentors.some((m) => m.userId === "plain")).toBe(false);
  });

  it("says to wait while a request is pending", () => {
    const request = {
      ...base,
      id: "mentorrequest:me",
      type: "mentorRequest",
      requestId: "r1",
      menteeId: "me",
      menteeName: "Me",
      mentorId: "fit",
      mentorName: "Fit Surname",
      status: "pending",
      reasons: [],
      createdAt: now.toISOString(),
    } satisfies MentorRequestDocument;
    expect(directory({ requests: [request] })?.viewer).toEqual({
      canAsk: false,
      reason: "You asked Fit Surname already. Wait for their answer first.",
      mentor: false,
    });
  });
});

describe("describeFit", () => {
  it("speaks to the reader, strongest part first, and only about parts that scored and are true", () => {
    const part = (points: number) => ({ raw: points, weight: 1, points });
    const reasons = describeFit(
      {
        menteeId: "me",
        mentorId: "m",
        score: 100,
        parts: {
          skill: part(50),
          goal: part(0),
          availability: part(20),
          timezone: part(10),
          style: part(15),
          team: part(5),
        },
        reasons: [],
        coveredSkills: [
          { skill: 0, wanted: 2, offered: 4, rarity: 1, levelMet: true },
          { skill: 1, wanted: 3, offered: 2, rarity: 1, levelMet: false },
        ],
        sharedGoals: [],
        sharedStyles: ["hands-on", "listening"],
        overlapMinutesPerWeek: 90,
        timezoneDifferenceMinutes: 120,
        sameTeam: false,
      },
      { skillIds: ["firewalls", "azure"] },
      program.skills,
    );
    expect(reasons).toEqual([
      "Offers Firewall rules and Azure, which you want to learn.",
      "You are both free for about 1.5 hours a week.",
      "Likes hands-on and listening mentoring, as you do.",
      "Their time zone is 2 hours from yours.",
    ]);
  });
});
