import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dashboardIds,
  digestPair,
  documentIds,
  intakeIds,
  partitionKeys,
  rhythmIds,
  rollUp,
  type EnrolmentDocument,
  type PairDigestDocument,
  type PairDocument,
  type ProgramDocument,
  type SurveyResponseDocument,
} from "@baton/shared";
import { DashboardRepository } from "../../bot/src/dashboard/dashboard-repository";
import { manualClock } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";

if (process.env.CI) fc.configureGlobal({ seed: 20261130 });

const T = "prop-tenant";
const clock = manualClock("2026-06-15T12:00:00.000Z");
let server: TestServer;
let repo: DashboardRepository;

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false, clock, dashboard: { intervalMs: 0 } });
  repo = new DashboardRepository(server.repos.store);
});
afterAll(() => server.dispose());

const PEOPLE = ["a", "b", "c", "d", "e", "f"];
const day = (n: number) => new Date(Date.parse("2026-01-01T09:00:00.000Z") + n * 86_400_000).toISOString();

/** A change to one of the documents the dashboard is built from, as the app's write paths make it. */
type Change =
  | { kind: "enrol"; who: number; mentor: boolean; at: number; skill: number }
  | { kind: "leave"; who: number }
  | { kind: "pair"; pair: number; mentor: number; mentee: number; at: number }
  | { kind: "status"; pair: number; status: PairDocument["status"]; at: number }
  | { kind: "session"; pair: number; n: number; at: number; met: boolean }
  | { kind: "checkIn"; pair: number; n: number; who: number; met: boolean; useful: number }
  | { kind: "goal"; pair: number; n: number; done: boolean[] }
  | { kind: "survey"; pair: number; who: number; phase: "midpoint" | "final"; score: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant("enrol" as const),
    who: fc.nat(5),
    mentor: fc.boolean(),
    at: fc.nat(150),
    skill: fc.nat(2),
  }),
  fc.record({ kind: fc.constant("leave" as const), who: fc.nat(5) }),
  fc.record({
    kind: fc.constant("pair" as const),
    pair: fc.nat(3),
    mentor: fc.nat(5),
    mentee: fc.nat(5),
    at: fc.nat(150),
  }),
  fc.record({
    kind: fc.constant("status" as const),
    pair: fc.nat(3),
    status: fc.constantFrom("active", "paused", "closed", "ended"),
    at: fc.nat(160),
  }),
  fc.record({
    kind: fc.constant("session" as const),
    pair: fc.nat(3),
    n: fc.nat(3),
    at: fc.nat(160),
    met: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("checkIn" as const),
    pair: fc.nat(3),
    n: fc.nat(3),
    who: fc.nat(1),
    met: fc.boolean(),
    useful: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant("goal" as const),
    pair: fc.nat(3),
    n: fc.nat(1),
    done: fc.array(fc.boolean(), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant("survey" as const),
    pair: fc.nat(3),
    who: fc.nat(5),
    phase: fc.constantFrom("midpoint" as const, "final" as const),
    score: fc.integer({ min: 1, max: 5 }),
  }),
);

async function program(programId: string): Promise<ProgramDocument> {
  const doc: ProgramDocument = {
    id: documentIds.program(programId),
    pk: partitionKeys.tenant(T),
    tenantId: T,
    type: "program",
    programId,
    name: "Property",
    purpose: "skill-transfer",
    audience: "",
    formats: ["one-to-one"],
    duration: "6-months",
    cohortStart: "2026-01-01",
    cadence: "biweekly",
    minimumMeetingsPerMonth: 2,
    skills: ["s0", "s1", "s2"].map((id, i) => ({ id, name: id, group: `g${i % 2}`, critical: i !== 1 })),
    agreementTemplate: {
      meetingLengthMinutes: 30,
      channels: [],
      responseTime: "",
      confidentiality: "",
      boundaries: "",
    },
    ownerIds: ["owner"],
    minGroupSize: 2,
    status: "running",
    sponsorIds: [],
    dashboardAccess: "owners-and-sponsors",
    retentionMonths: 12,
  };
  await server.repos.store.upsert(doc);
  return doc;
}

/** Applies one change through the one DocumentStore, exactly as the services write. */
async function apply(programId: string, c: Change): Promise<void> {
  const store = server.repos.store;
  const pairId = (n: number) => `${programId}-pair${n}`;
  const pairPk = (n: number) => partitionKeys.pair(T, pairId(n));
  const readPair = (n: number) => store.read<PairDocument>(T, pairPk(n), documentIds.pair());
  switch (c.kind) {
    case "enrol": {
      const skill = `s${c.skill}`;
      const doc: EnrolmentDocument = {
        id: intakeIds.enrolment(PEOPLE[c.who]!),
        pk: partitionKeys.program(T, programId),
        tenantId: T,
        type: "enrolment",
        programId,
        userId: PEOPLE[c.who]!,
        displayName: "",
        status: "completed",
        roles: [c.mentor ? "mentor" : "mentee"],
        capacity: c.mentor ? 2 : 0,
        offered: c.mentor ? [skill] : [],
        wanted: c.mentor ? [] : [skill],
        intakeLearn: c.mentor ? [] : [{ skillId: skill, level: 1 }],
        matching: {
          team: "",
          reportingLine: [],
          learn: c.mentor ? [] : [{ skillId: skill, level: 1 + (c.at % 4) }],
          offer: c.mentor ? [{ skillId: skill, level: 4 }] : [],
          goals: "",
          timeZone: "UTC",
          availability: [],
          styles: [],
          teamPreference: "no-preference",
        },
        startedAt: day(c.at),
        completedAt: day(c.at),
        updatedAt: day(c.at),
      };
      await store.upsert(doc);
      return;
    }
    case "leave": {
      const e = await store.read<EnrolmentDocument>(
        T,
        partitionKeys.program(T, programId),
        intakeIds.enrolment(PEOPLE[c.who]!),
      );
      if (e) await store.replace({ ...e, status: "left" }, e._etag!);
      return;
    }
    case "pair": {
      if (c.mentor === c.mentee || (await readPair(c.pair))) return;
      await store.create<PairDocument>({
        id: documentIds.pair(),
        pk: pairPk(c.pair),
        tenantId: T,
        type: "pair",
        pairId: pairId(c.pair),
        programId,
        members: [
          { userId: PEOPLE[c.mentor]!, role: "mentor", displayName: "x" },
          { userId: PEOPLE[c.mentee]!, role: "mentee", displayName: "y" },
        ],
        status: "active",
        matchReasons: [],
        createdAt: day(c.at),
        updatedAt: day(c.at),
      });
      await server.repos.reminders.enrolPair(T, pairId(c.pair), programId, day(c.at));
      return;
    }
    case "status": {
      const p = await readPair(c.pair);
      if (p) await store.replace({ ...p, status: c.status, updatedAt: day(Math.max(c.at, 0)) }, p._etag!);
      return;
    }
    case "session": {
      if (!(await readPair(c.pair))) return;
      const sessionId = `s${c.n}`;
      await store.upsert({
        id: documentIds.session(sessionId),
        pk: pairPk(c.pair),
        tenantId: T,
        type: "session",
        pairId: pairId(c.pair),
        sessionId,
        at: day(c.at),
        durationMinutes: 30,
        template: "regular",
        agenda: [],
        sharedNotes: "private words",
        met: c.met,
        loggedBy: "a",
        createdAt: day(c.at),
        updatedAt: day(c.at),
      });
      return;
    }
    case "checkIn": {
      if (!(await readPair(c.pair))) return;
      await store.upsert({
        id: rhythmIds.checkIn(`s${c.n}`, `w${c.who}`),
        pk: pairPk(c.pair),
        tenantId: T,
        type: "checkIn",
        pairId: pairId(c.pair),
        sessionId: `s${c.n}`,
        userId: `w${c.who}`,
        met: c.met,
        usefulness: c.useful,
        at: day(10),
      });
      return;
    }
    case "goal": {
      if (!(await readPair(c.pair))) return;
      await store.upsert({
        id: documentIds.goal(`g${c.n}`),
        pk: pairPk(c.pair),
        tenantId: T,
        type: "goal",
        pairId: pairId(c.pair),
        goalId: `g${c.n}`,
        title: "secret goal text",
        description: "",
        milestones: c.done.map((done, i) => ({ milestoneId: `m${i}`, title: "m", done })),
        createdBy: "a",
        createdAt: day(1),
        updatedAt: day(1),
      });
      return;
    }
    case "survey": {
      const doc: SurveyResponseDocument = {
        id: rhythmIds.survey(c.phase, pairId(c.pair), PEOPLE[c.who]!),
        pk: partitionKeys.program(T, programId),
        tenantId: T,
        type: "surveyResponse",
        programId,
        pairId: pairId(c.pair),
        userId: PEOPLE[c.who]!,
        phase: c.phase,
        satisfaction: c.score,
        usefulness: c.score,
        goalProgress: 6 - c.score,
        recommend: c.score * 2,
        lesson: "",
        at: day(100),
      };
      await store.upsert(doc);
      return;
    }
  }
}

/** The figures from scratch: every pair's partition read and digested again, nothing maintained. */
async function fullRecompute(doc: ProgramDocument) {
  const source = await repo.programSource(T, doc.programId);
  const digests: PairDigestDocument[] = [];
  for (let n = 0; n < 4; n++) {
    const pair = await repo.pairSource(T, `${doc.programId}-pair${n}`);
    if (pair) digests.push(digestPair(pair));
  }
  return rollUp({
    program: doc,
    enrolments: source.enrolments,
    surveys: source.surveys,
    digests,
    now: clock.now(),
  });
}

let runs = 0;
describe("the maintained dashboard summary", () => {
  it("equals a full recompute after any sequence of changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 25 }), async (changes) => {
        const doc = await program(`prop${runs++}`);
        // Two pairs exist from the start, so most changes land on a pair; the others may be formed later.
        const prelude: Change[] = [
          { kind: "pair", pair: 0, mentor: 0, mentee: 1, at: 3 },
          { kind: "pair", pair: 1, mentor: 2, mentee: 3, at: 40 },
        ];
        for (const c of [...prelude, ...changes]) await apply(doc.programId, c);
        await server.dashboard.flush();
        await server.dashboard.runOnce();
        // As a dashboard load does: the maintained summary, computed once if the program has none yet.
        const summary =
          (await repo.getSummary(T, doc.programId)) ?? (await server.dashboard.recompute(T, doc.programId));
        expect(summary.rollup).toEqual(await fullRecompute(doc));
        expect(JSON.stringify(summary)).not.toContain("secret goal text");
      }),
      { numRuns: 12 },
    );
  });

  it("heals a lost digest update and a lost stamp; applying an update twice changes nothing", async () => {
    const doc = await program("healing");
    for (const c of [
      { kind: "enrol", who: 0, mentor: true, at: 1, skill: 0 },
      { kind: "enrol", who: 1, mentor: false, at: 2, skill: 0 },
      { kind: "pair", pair: 0, mentor: 0, mentee: 1, at: 5 },
      { kind: "session", pair: 0, n: 0, at: 10, met: true },
    ] as Change[])
      await apply(doc.programId, c);
    await server.dashboard.flush();
    await server.dashboard.runOnce();

    // Lost: the digest is removed behind the runtime's back and a session lands with nobody noticing.
    const pk = partitionKeys.program(T, doc.programId);
    const digestBefore = await repo.getDigest(T, doc.programId, "healing-pair0");
    await server.cosmos.container.item(dashboardIds.pair("healing-pair0"), pk).delete();
    await server.cosmos.container.items.upsert({
      id: documentIds.session("s9"),
      pk: partitionKeys.pair(T, "healing-pair0"),
      tenantId: T,
      type: "session",
      pairId: "healing-pair0",
      sessionId: "s9",
      at: day(20),
      durationMinutes: 30,
      template: "regular",
      agenda: [],
      sharedNotes: "",
      met: true,
      loggedBy: "a",
      createdAt: day(20),
      updatedAt: day(20),
    });
    expect(await repo.getDigest(T, doc.programId, "healing-pair0")).toBeUndefined();

    // The daily reconcile rebuilds every digest from the roster; the hourly full recompute needs no stamp.
    expect(await server.dashboard.reconcile(T, doc.programId)).toBe(1);
    await server.dashboard.flush();
    await server.dashboard.recompute(T, doc.programId);
    const healed = await repo.getSummary(T, doc.programId);
    expect(healed?.rollup).toEqual(await fullRecompute(doc));
    expect(healed?.rollup.cohorts[0]?.meetingsByMonth).toEqual({ "2026-01": 2 });

    // Twice: the same digest again is not even rewritten.
    const digest = await repo.getDigest(T, doc.programId, "healing-pair0");
    await server.dashboard.reconcile(T, doc.programId);
    expect((await repo.getDigest(T, doc.programId, "healing-pair0"))?._etag).toBe(digest?._etag);
    expect(digestBefore?._etag).not.toBe(digest?._etag);
  });
});
