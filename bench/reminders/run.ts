/**
 * npm run bench:reminders [N] [-- --instances I]: N people each with a due check-in, sent by I server
 * instances on one Cosmos DB (each its own scheduler, sender and Cosmos client; the tenant's rate shared
 * through Cosmos DB, ADR 0024) through a local Teams-like connector that enforces 7 msg/s per
 * conversation and 50 req/s per tenant (429 + Retry-After beyond).
 * Prints one line: time, rate against the limit, duplicates, missed, throttled-and-retried.
 */
import { mkdtemp, rm } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../../bot/src/config";
import { LOCAL_COSMOS_KEY } from "../../bot/src/data/local-cosmos-server";
import { createLogger } from "../../bot/src/observability/logger";
import { startCosmosWorker } from "./start-cosmos-worker";
import { rhythmKeys } from "@baton/shared";
import { reminderId } from "../../bot/src/rhythm/planner";
import { startBatonServer } from "../../bot/src/server";
import { busiestWindow } from "../../tests/support/instances";
import { startTeamsConnector } from "../../tests/support/teams-connector";
import {
  addPair,
  addPerson,
  addProgram,
  addSession,
  conversationOf,
  manualClock,
} from "../../tests/support/rhythm-fixtures";

const args = process.argv.slice(2);
const flag = args.indexOf("--instances");
const INSTANCES = flag >= 0 ? Number(args[flag + 1]) : 1;
const positional = args.filter((a, i) => !a.startsWith("--") && (flag < 0 || i !== flag + 1));
const N = Number(positional[0] ?? process.env.BENCH_N ?? 2000);
if (!Number.isInteger(INSTANCES) || INSTANCES < 1) throw new Error("--instances takes a whole number >= 1");
const TENANT = "bench";
const LIMIT = 50;

const dataDir = await mkdtemp(path.join(tmpdir(), "baton-bench-"));
// The embedded Cosmos server runs in a worker thread (see cosmos-worker.ts), so that what is measured is
// Baton's sending, not the emulator's full scans in the bot's own thread. Its self-signed certificate
// is trusted by Baton's Cosmos client only (its own agent), never by turning TLS checks off globally.
if (INSTANCES > 1 && process.env.BENCH_COSMOS === "inprocess")
  throw new Error("instances share one Cosmos: the worker");
const cosmos = process.env.BENCH_COSMOS === "inprocess" ? undefined : await startCosmosWorker();
const cosmosAgent = cosmos ? new https.Agent({ keepAlive: true, rejectUnauthorized: false }) : undefined;
const connector = await startTeamsConnector({ perTenant: { limit: LIMIT, windowMs: 1000 } });
const clock = manualClock("2026-03-03T10:00:00.000Z"); // a Tuesday, 10:00 UTC
/** Instance i: its own scheduler, sender, Cosmos client and shared-rate owner name. */
const startInstance = (i: number) =>
  startBatonServer(
    loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      BATON_DATA_DIR: dataDir,
      BATON_SEED_DEMO: "0",
      ...(cosmos ? { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: LOCAL_COSMOS_KEY } : {}),
    }),
    {
      clock,
      log: () => {},
      logger: createLogger("silent"),
      ...(cosmosAgent ? { cosmosAgent } : {}),
      // lookbackHours 0: one bucket query per tick instead of three. The two older buckets are empty
      // here, and each costs a full scan of every document in the emulator (milliseconds on Azure).
      rhythm: {
        owner: `bench-${i}`,
        concurrency: Number(process.env.BENCH_CONCURRENCY ?? 16),
        lookbackHours: 0,
        // BENCH_SHARED=0: each instance keeps its own in-memory tenant limit (the old design).
        ...(process.env.BENCH_SHARED === "0" ? { sharedRate: false } : {}),
      },
    },
  );
const server = await startInstance(0);
const servers = [server];

try {
  const setupStarted = performance.now();
  await addProgram(server.repos, TENANT, { start: "2026-01-01", end: "2026-12-31" });
  const people = Array.from({ length: N }, (_, i) => ({
    userId: `p${i}`,
    name: `Person ${i}`,
    timeZone: "UTC",
  }));
  const chunk = 50;
  for (let i = 0; i < N; i += chunk)
    await Promise.all(
      people.slice(i, i + chunk).map((p) => addPerson(server.repos, TENANT, p, connector.serviceUrl)),
    );
  const pairs = Math.floor(N / 2);
  for (let i = 0; i < pairs; i += chunk)
    await Promise.all(
      Array.from({ length: Math.min(chunk, pairs - i) }, async (_, k) => {
        const j = i + k;
        const pairId = `pair${j}`;
        await addPair(server.repos, TENANT, {
          pairId,
          mentor: people[2 * j]!,
          mentee: people[2 * j + 1]!,
          createdAt: "2026-02-20T00:00:00.000Z",
          cadence: "monthly",
        });
        await addSession(server.repos, TENANT, pairId, `s${j}`, "2026-03-03T08:30:00.000Z");
      }),
    );
  const phase = (what: string, since: number) =>
    process.stderr.write(`  ${what}: ${((performance.now() - since) / 1000).toFixed(1)} s\n`);
  phase("data", setupStarted);
  // The due work the planner would write for these pairs (a check-in for each person), written directly:
  // planning is a query per pair, which the emulator answers with a full scan (minutes at this size).
  const planStarted = performance.now();
  const hour = clock.now().toISOString().slice(0, 13);
  let planned = 0;
  for (let i = 0; i < pairs; i += chunk)
    await Promise.all(
      Array.from({ length: Math.min(chunk, pairs - i) }, async (_, k) => {
        const j = i + k;
        for (const p of [people[2 * j]!, people[2 * j + 1]!]) {
          const key = `check-in:pair${j}:s${j}:${p.userId}`;
          await server.repos.reminders.createReminder({
            id: reminderId(key),
            pk: rhythmKeys.dueBucket(TENANT, hour),
            tenantId: TENANT,
            type: "reminder",
            kind: "check-in",
            recipientId: p.userId,
            pairId: `pair${j}`,
            dueAt: "2026-03-03T09:30:00.000Z",
            sendAt: "2026-03-03T09:30:00.000Z",
            idempotencyKey: key,
            subject: { sessionId: `s${j}`, at: "2026-03-03T08:30:00.000Z", partnerName: "Your partner" },
            status: "pending",
            attempts: 0,
            createdAt: clock.now().toISOString(),
          });
          planned++;
        }
      }),
    );
  phase("due work", planStarted);
  // The other instances start once the tenant exists, as in steady state: an instance re-reads the list
  // of tenants at most once a minute, so one started before the tenant's first pair would sit out a
  // run shorter than that minute (the first run of this bench did: 2000 / 0 / 0).
  for (let i = 1; i < INSTANCES; i++) servers.push(await startInstance(i));
  if (process.env.BENCH_PROGRESS) {
    const q = performance.now();
    const found = await server.repos.reminders.claimable(TENANT, hour, clock.now().toISOString());
    phase(`one bucket query (${found.length})`, q);
  }

  const started = performance.now();
  const progress = process.env.BENCH_PROGRESS
    ? setInterval(
        () =>
          process.stderr.write(
            `  ${((performance.now() - started) / 1000).toFixed(0)} s: ${connector.delivered.length}\n`,
          ),
        5000,
      )
    : undefined;
  let ticks = 0;
  // Tick until nothing is left over (a tick leaves what it could not send for the next one).
  while (ticks < 20) {
    ticks++;
    const stats = await Promise.all(servers.map((s) => s.rhythm.tick()));
    if (process.env.BENCH_PROGRESS) process.stderr.write(`  tick ${ticks}: ${JSON.stringify(stats)}\n`);
    if (stats.every((s) => s.deferred === 0)) break;
  }
  const seconds = (performance.now() - started) / 1000;
  if (progress) clearInterval(progress);

  const per = connector.perConversation();
  let duplicates = 0;
  let missed = 0;
  for (const p of people.slice(0, pairs * 2)) {
    const got = per.get(conversationOf(p.userId))?.length ?? 0;
    if (got === 0) missed++;
    if (got > 1) duplicates += got - 1;
  }
  const delivered = connector.delivered.length;
  const rate = delivered / seconds;
  const throttled = servers.reduce((n, s) => n + s.rhythm.sender.stats.throttled, 0);
  const across = INSTANCES > 1 ? ` across ${INSTANCES} instances` : "";
  console.log(
    `reminders ${planned}${across}: ${seconds.toFixed(1)} s, ${rate.toFixed(1)} msg/s (${((rate / LIMIT) * 100).toFixed(1)}% of the limit), ${duplicates} duplicates, ${missed} missed, ${throttled} throttled and retried`,
  );
  const busiest = busiestWindow(connector.delivered.map((d) => d.at));
  const shares = servers.map((s) => s.rhythm.sender.stats.sent).join(" / ");
  const budget = servers.map((s) => s.rhythm.budget?.stats.conflicts ?? 0).reduce((a, b) => a + b, 0);
  process.stderr.write(
    `  busiest second: ${busiest} requests; sent per instance: ${shares}; schedule write races: ${budget}; late slots: ${servers.map((s) => s.rhythm.budget?.stats.late ?? 0).join(" / ")}\n`,
  );
} finally {
  await Promise.all(servers.map((s) => s.stop({ drainMs: 0 })));
  await connector.close();
  await cosmos?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
