/**
 * npm run bench:dashboard: a program with 20,000 pairs (sessions, check-ins, goals, survey answers,
 * 30,000 enrolments) in the embedded Cosmos; then 20 concurrent viewers load its dashboard over HTTP.
 * Prints one line: p95 load time, Cosmos calls per load (counted at the Cosmos server), and the time
 * of a full recompute of the summary from the program partition.
 */
import { createLogger } from "../../bot/src/observability/logger";
import { mkdtemp, rm } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import {
  digestPair,
  documentIds,
  intakeIds,
  partitionKeys,
  rhythmIds,
  type CheckInDocument,
  type EnrolmentDocument,
  type GoalDocument,
  type PairDocument,
  type ProgramDocument,
  type SessionDocument,
  type SurveyResponseDocument,
} from "@baton/shared";
import type { Container, OperationInput } from "@azure/cosmos";
import { loadConfig } from "../../bot/src/config";
import { LOCAL_COSMOS_KEY } from "../../bot/src/data/local-cosmos-server";
import { startBatonServer } from "../../bot/src/server";

const PAIRS = Number(process.argv[2] ?? process.env.BENCH_PAIRS ?? 20000);
const VIEWERS = 20;
const LOADS_PER_VIEWER = Number(process.env.BENCH_LOADS ?? 50);
const TENANT = "bench";
const PROGRAM = "bench-program";
const DAY = 86_400_000;
const START = Date.parse("2026-01-05T09:00:00.000Z");
const iso = (days: number) => new Date(START + days * DAY).toISOString();

// The emulator in a worker thread, counting requests.
const worker = new Worker(
  `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./cosmos-worker.ts", import.meta.url).href)}); });`,
  { eval: true },
);
const port = await new Promise<number>((resolve, reject) => {
  worker.once("message", (m: { port: number }) => resolve(m.port));
  worker.once("error", reject);
});
const cosmosRequests = () =>
  new Promise<number>((resolve) => {
    worker.once("message", (m: { requests: number }) => resolve(m.requests));
    worker.postMessage("count");
  });

const dataDir = await mkdtemp(path.join(tmpdir(), "baton-bench-dashboard-"));
const server = await startBatonServer(
  loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    BATON_DATA_DIR: dataDir,
    BATON_SEED_DEMO: "0",
    BATON_DEV_SIGNIN: "1",
    BATON_RHYTHM: "0",
    COSMOS_ENDPOINT: `https://127.0.0.1:${port}`,
    COSMOS_KEY: LOCAL_COSMOS_KEY,
  }),
  {
    log: () => {},
    logger: createLogger("silent"),
    cosmosAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false, maxSockets: 64 }),
    dashboard: { intervalMs: 0 },
  },
);

/** Writes documents straight to the container, 100 per bulk request (no observer: digests are seeded too). */
async function bulkUpsert(container: Container, docs: object[]): Promise<void> {
  const ops: OperationInput[] = docs.map((d) => ({
    operationType: "Upsert",
    partitionKey: (d as { pk: string }).pk,
    resourceBody: d as never,
  }));
  const batches: OperationInput[][] = [];
  for (let i = 0; i < ops.length; i += 100) batches.push(ops.slice(i, i + 100));
  for (let i = 0; i < batches.length; i += 8)
    await Promise.all(batches.slice(i, i + 8).map((b) => container.items.bulk(b, { continueOnError: true })));
}

try {
  const seedStarted = performance.now();
  const container = server.cosmos.container;
  const skills = Array.from({ length: 40 }, (_, i) => ({
    id: `skill-${i}`,
    name: `Skill ${i}`,
    group: `group-${i % 8}`,
    critical: i % 4 === 0,
  }));
  const program: ProgramDocument = {
    id: documentIds.program(PROGRAM),
    pk: partitionKeys.tenant(TENANT),
    tenantId: TENANT,
    type: "program",
    programId: PROGRAM,
    name: "Bench program",
    purpose: "skill-transfer",
    audience: "",
    formats: ["one-to-one"],
    duration: "12-months",
    cohortStart: "2026-01-01",
    cadence: "biweekly",
    minimumMeetingsPerMonth: 2,
    skills,
    agreementTemplate: {
      meetingLengthMinutes: 30,
      channels: [],
      responseTime: "",
      confidentiality: "",
      boundaries: "",
    },
    ownerIds: ["owner"],
    minGroupSize: 5,
    status: "running",
    sponsorIds: ["sponsor"],
    dashboardAccess: "owners-and-sponsors",
    retentionMonths: 12,
  };
  await bulkUpsert(container, [program]);

  const mentors = Math.ceil(PAIRS / 2);
  let rnd = 12345;
  const random = () => (rnd = (rnd * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const enrolment = (userId: string, mentor: boolean, day: number): EnrolmentDocument => {
    const skill = skills[Math.floor(random() * skills.length)]!.id;
    return {
      id: intakeIds.enrolment(userId),
      pk: partitionKeys.program(TENANT, PROGRAM),
      tenantId: TENANT,
      type: "enrolment",
      programId: PROGRAM,
      userId,
      displayName: "",
      status: "completed",
      roles: [mentor ? "mentor" : "mentee"],
      capacity: mentor ? 2 : 0,
      offered: mentor ? [skill] : [],
      wanted: mentor ? [] : [skill],
      intakeLearn: mentor ? [] : [{ skillId: skill, level: 1 }],
      startedAt: iso(day),
      completedAt: iso(day),
      updatedAt: iso(day),
    };
  };
  const people: object[] = [];
  for (let m = 0; m < mentors; m++) people.push(enrolment(`mentor-${m}`, true, Math.floor(random() * 200)));
  for (let e = 0; e < PAIRS; e++) people.push(enrolment(`mentee-${e}`, false, Math.floor(random() * 280)));
  await bulkUpsert(container, people);
  console.error(`enrolments written (${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`);

  const chunk = 1000;
  for (let from = 0; from < PAIRS; from += chunk) {
    const docs: object[] = [];
    for (let n = from; n < Math.min(PAIRS, from + chunk); n++) {
      const pairId = `pair-${n}`;
      const pk = partitionKeys.pair(TENANT, pairId);
      const created = Math.floor(random() * 300);
      const status =
        random() < 0.6 ? "active" : random() < 0.8 ? "closed" : random() < 0.5 ? "ended" : "paused";
      const pair: PairDocument = {
        id: documentIds.pair(),
        pk,
        tenantId: TENANT,
        type: "pair",
        pairId,
        programId: PROGRAM,
        members: [
          { userId: `mentor-${n % mentors}`, role: "mentor", displayName: "m" },
          { userId: `mentee-${n}`, role: "mentee", displayName: "e" },
        ],
        status,
        matchReasons: [],
        createdAt: iso(created),
        updatedAt: iso(created + 60),
      };
      const sessions: SessionDocument[] = [0, 1, 2].map((s) => ({
        id: documentIds.session(`s${s}`),
        pk,
        tenantId: TENANT,
        type: "session",
        pairId,
        sessionId: `s${s}`,
        at: iso(created + 7 + s * 14),
        durationMinutes: 45,
        template: s === 0 ? "first" : "regular",
        agenda: [],
        sharedNotes: "",
        met: random() < 0.85,
        loggedBy: `mentee-${n}`,
        createdAt: iso(created),
        updatedAt: iso(created),
      }));
      const checkIns: CheckInDocument[] = sessions.map((s) => ({
        id: rhythmIds.checkIn(s.sessionId, `mentee-${n}`),
        pk,
        tenantId: TENANT,
        type: "checkIn",
        pairId,
        sessionId: s.sessionId,
        userId: `mentee-${n}`,
        met: s.met ?? true,
        usefulness: 1 + Math.floor(random() * 5),
        at: s.at,
      }));
      const goal: GoalDocument = {
        id: documentIds.goal("g1"),
        pk,
        tenantId: TENANT,
        type: "goal",
        pairId,
        goalId: "g1",
        title: "goal",
        description: "",
        milestones: [0, 1, 2].map((m) => ({ milestoneId: `m${m}`, title: "m", done: random() < 0.5 })),
        createdBy: `mentee-${n}`,
        createdAt: iso(created),
        updatedAt: iso(created),
      };
      docs.push(
        pair,
        ...sessions,
        ...checkIns,
        goal,
        digestPair({ pair, sessions, checkIns, goals: [goal] }),
      );
      if (n % 2 === 0) {
        const survey: SurveyResponseDocument = {
          id: rhythmIds.survey("midpoint", pairId, `mentee-${n}`),
          pk: partitionKeys.program(TENANT, PROGRAM),
          tenantId: TENANT,
          type: "surveyResponse",
          programId: PROGRAM,
          pairId,
          userId: `mentee-${n}`,
          phase: "midpoint",
          satisfaction: 1 + Math.floor(random() * 5),
          usefulness: 1 + Math.floor(random() * 5),
          goalProgress: 1 + Math.floor(random() * 5),
          recommend: Math.floor(random() * 11),
          lesson: "",
          at: iso(created + 90),
        };
        docs.push(survey);
      }
    }
    await bulkUpsert(container, docs);
    console.error(
      `${Math.min(PAIRS, from + chunk)} pairs written (${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`,
    );
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  // The full recompute: one query of the program partition, the rollup, one write.
  const recomputeStarted = performance.now();
  const summary = await server.dashboard.recompute(TENANT, PROGRAM);
  const recomputeSeconds = (performance.now() - recomputeStarted) / 1000;
  console.error(`recomputed in ${recomputeSeconds.toFixed(1)} s`);
  if (summary.rollup.cohorts.reduce((n, c) => n + c.pairs, 0) !== PAIRS)
    throw new Error(`the summary counts ${summary.sourceDocuments} documents, not ${PAIRS} pairs`);

  const signin = await fetch(`${server.url}/api/dev/signin`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: "sponsor", tenantId: TENANT }),
  });
  const { token } = (await signin.json()) as { token: string };
  let viewBytes = 0;
  const load = async () => {
    const started = performance.now();
    const res = await fetch(`${server.url}/api/programs/${PROGRAM}/dashboard`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`dashboard load: ${res.status} ${await res.text()}`);
    viewBytes = (await res.text()).length;
    return performance.now() - started;
  };
  for (let i = 0; i < 10; i++) await load(); // warm up (SDK metadata, JIT)
  // One viewer alone: the cost of a load without queueing behind the other 19.
  const alone: number[] = [];
  for (let i = 0; i < 20; i++) alone.push(await load());
  alone.sort((a, b) => a - b);
  console.error(
    `one viewer alone: median ${alone[10]!.toFixed(0)} ms; summary document ${(JSON.stringify(summary).length / 1024).toFixed(0)} KiB, view ${(viewBytes / 1024).toFixed(0)} KiB`,
  );

  const before = await cosmosRequests();
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: VIEWERS }, async () => {
      for (let i = 0; i < LOADS_PER_VIEWER; i++) times.push(await load());
    }),
  );
  const calls = ((await cosmosRequests()) - before) / times.length;
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? 0;
  console.log(
    `seeded ${PAIRS} pairs (${summary.sourceDocuments} program documents; pairs with 3 sessions, 3 check-ins and a goal each) in ${seedSeconds.toFixed(0)} s`,
  );
  console.log(
    `dashboard ${PAIRS} pairs: p95 ${p95.toFixed(0)} ms at ${VIEWERS} concurrent viewers, ${calls.toFixed(0)} Cosmos calls per load, recompute ${recomputeSeconds.toFixed(1)} s`,
  );
} finally {
  await server.stop();
  await worker.terminate();
  await rm(dataDir, { recursive: true, force: true });
}
