import type { ProgramDocument } from "../domain/program";
import type { EnrolmentDocument } from "../intake/intake-documents";
import type { SurveyResponseDocument } from "../rhythm/documents";
import type { PairDigestDocument } from "./documents";

/** A hand-computed program for the dashboard's unit tests (expected figures are in the tests). */
export const fixtureProgram = {
  id: "program:p",
  pk: "t:t",
  tenantId: "t",
  type: "program",
  programId: "p",
  name: "Fixture",
  purpose: "skill-transfer",
  audience: "",
  formats: ["one-to-one"],
  duration: "6-months",
  cohortStart: "2026-01-01",
  cadence: "weekly",
  minimumMeetingsPerMonth: 2,
  skills: [
    { id: "a", name: "Skill A", group: "g1", critical: true },
    { id: "b", name: "Skill B", group: "g2", critical: false },
    { id: "c", name: "Skill C", group: "g2", critical: true },
  ],
  agreementTemplate: {
    meetingLengthMinutes: 30,
    channels: [],
    responseTime: "",
    confidentiality: "",
    boundaries: "",
  },
  ownerIds: ["o"],
  minGroupSize: 2,
  status: "running",
  sponsorIds: [],
  dashboardAccess: "owners-and-sponsors",
  retentionMonths: 12,
} satisfies ProgramDocument;

export function fixtureEnrolment(
  userId: string,
  over: Partial<EnrolmentDocument> & { learn?: [string, number][] },
): EnrolmentDocument {
  const { learn = [], ...rest } = over;
  return {
    id: `enrolment:${userId}`,
    pk: "t:t|program:p",
    tenantId: "t",
    type: "enrolment",
    programId: "p",
    userId,
    displayName: userId,
    status: "completed",
    roles: [],
    capacity: 0,
    offered: [],
    wanted: [],
    matching: {
      team: "",
      reportingLine: [],
      learn: learn.map(([skillId, level]) => ({ skillId, level })),
      offer: [],
      goals: "",
      timeZone: "UTC",
      availability: [],
      styles: [],
      teamPreference: "no-preference",
    },
    startedAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...rest,
  };
}

export function fixtureDigest(pairId: string, over: Partial<PairDigestDocument>): PairDigestDocument {
  return {
    id: `dashpair:${pairId}`,
    pk: "t:t|program:p",
    tenantId: "t",
    type: "dashboardPair",
    programId: "p",
    pairId,
    mentorId: "m",
    menteeId: "e",
    status: "active",
    createdAt: "2026-01-01T00:00:00.000Z",
    metByMonth: {},
    metByWeek: {},
    usefulness: [0, 0, 0, 0, 0],
    goals: 0,
    goalsDone: 0,
    milestones: 0,
    milestonesDone: 0,
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...over,
  };
}

export function fixtureSurvey(
  pairId: string,
  phase: "midpoint" | "final",
  answers: [satisfaction: number, usefulness: number, goalProgress: number, recommend: number],
): SurveyResponseDocument {
  const [satisfaction, usefulness, goalProgress, recommend] = answers;
  return {
    id: `survey:${phase}:${pairId}`,
    pk: "t:t|program:p",
    tenantId: "t",
    type: "surveyResponse",
    programId: "p",
    pairId,
    userId: `u-${pairId}`,
    phase,
    satisfaction,
    usefulness,
    goalProgress,
    recommend,
    lesson: "A lesson nobody else may read",
    at: "2026-02-15T00:00:00.000Z",
  };
}

/** Two mentors, three mentees (one unmatched), one who left; a finished pair and a quiet active one. */
export const fixtureInput = {
  program: fixtureProgram,
  now: new Date("2026-03-31T12:00:00.000Z"),
  enrolments: [
    fixtureEnrolment("m1", {
      roles: ["mentor"],
      capacity: 2,
      offered: ["a"],
      completedAt: "2026-01-05T00:00:00.000Z",
    }),
    fixtureEnrolment("m2", {
      roles: ["mentor"],
      capacity: 1,
      offered: ["a", "c"],
      completedAt: "2026-01-06T00:00:00.000Z",
    }),
    fixtureEnrolment("e1", {
      roles: ["mentee"],
      wanted: ["a"],
      learn: [["a", 3]],
      intakeLearn: [{ skillId: "a", level: 1 }],
      completedAt: "2026-01-10T00:00:00.000Z",
    }),
    fixtureEnrolment("e2", {
      roles: ["mentee"],
      wanted: ["a", "c"],
      learn: [
        ["a", 2],
        ["c", 1],
      ],
      intakeLearn: [{ skillId: "a", level: 1 }],
      completedAt: "2026-01-12T00:00:00.000Z",
    }),
    fixtureEnrolment("e3", { roles: ["mentee"], wanted: ["c"], completedAt: "2026-02-01T00:00:00.000Z" }),
    fixtureEnrolment("x", { roles: ["mentor"], capacity: 3, offered: ["c"], status: "left" }),
  ],
  digests: [
    fixtureDigest("d1", {
      mentorId: "m1",
      menteeId: "e1",
      status: "closed",
      createdAt: "2026-01-20T09:00:00.000Z",
      endedAt: "2026-03-10T09:00:00.000Z",
      metByMonth: { "2026-01": 1, "2026-02": 2 },
      metByWeek: { "2026-01-19": 1, "2026-02-02": 1, "2026-02-16": 1 },
      lastMetAt: "2026-02-20T09:00:00.000Z",
      usefulness: [0, 0, 1, 1, 1],
      goals: 1,
      goalsDone: 1,
      milestones: 2,
      milestonesDone: 2,
    }),
    fixtureDigest("d2", {
      mentorId: "m2",
      menteeId: "e2",
      status: "active",
      createdAt: "2026-01-22T09:00:00.000Z",
      metByMonth: { "2026-02": 1 },
      metByWeek: { "2026-02-09": 1 },
      lastMetAt: "2026-02-10T09:00:00.000Z",
      usefulness: [0, 1, 0, 0, 0],
      goals: 1,
      goalsDone: 0,
      milestones: 3,
      milestonesDone: 1,
    }),
  ],
  surveys: [fixtureSurvey("d1", "midpoint", [4, 5, 3, 9]), fixtureSurvey("d2", "midpoint", [2, 3, 2, 6])],
};
