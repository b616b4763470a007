/**
 * npm run bench:messaging-extension: a program with 10,000 people (a third of them mentors) and 2,000
 * resources in the embedded Cosmos (in a worker thread), then composeExtension/query invokes (findMentor
 * and findResource, typed queries and initial runs, random callers) POSTed to /api/messages through the
 * real CloudAdapter, 20 at a time. Prints one line on stdout:
 *   messaging extension 10000 people: p99 X ms at 20 concurrent, N Cosmos calls per query
 * ("Cosmos calls" are DocumentStore operations: point reads, queries, writes). Details go to stderr.
 */
import { createLogger } from "../../bot/src/observability/logger";
import { mkdtemp, rm } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../../bot/src/config";
import type { DocumentStore } from "../../bot/src/data/document-store";
import { LOCAL_COSMOS_KEY } from "../../bot/src/data/local-cosmos-server";
import { startBatonServer } from "../../bot/src/server";
import { startCosmosWorker } from "../reminders/start-cosmos-worker";
import { Worker } from "node:worker_threads";
import { documentsFor } from "./generate";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 2_000);
const CONCURRENCY = 20;
const QUERIES_TOTAL = Number(process.env.BENCH_QUERIES ?? 2_000);

const dataDir = await mkdtemp(path.join(tmpdir(), "baton-bench-me-"));
const cosmos = await startCosmosWorker();
const cosmosAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
const server = await startBatonServer(
  loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    BATON_DATA_DIR: dataDir,
    BATON_SEED_DEMO: "0",
    BATON_RHYTHM: "0",
    COSMOS_ENDPOINT: cosmos.endpoint,
    COSMOS_KEY: LOCAL_COSMOS_KEY,
  }),
  { log: () => {}, logger: createLogger("silent"), cosmosAgent },
);

/** Counts every DocumentStore operation (each is one Cosmos request, or a few pages for a large query). */
function countCalls(store: DocumentStore) {
  const counter = { calls: 0 };
  for (const name of ["read", "create", "replace", "upsert", "delete", "queryPartition"] as const) {
    const original = store[name].bind(store) as (...args: unknown[]) => Promise<unknown>;
    (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      counter.calls++;
      return original(...args);
    };
  }
  return counter;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

try {
  const setup = performance.now();
  const docs = documentsFor(PEOPLE, RESOURCES);
  // Written straight to the container (setup, not measured), 64 at a time.
  const { container } = server.cosmos;
  for (let i = 0; i < docs.length; i += 64)
    await Promise.all(docs.slice(i, i + 64).map((d) => container.items.upsert(d)));
  process.stderr.write(
    `setup: ${docs.length} documents in ${((performance.now() - setup) / 1000).toFixed(1)} s\n`,
  );

  const callers = Array.from({ length: 200 }, (_, i) => `p${i * 7}`);
  /** Runs `total` invokes from the load worker, `concurrency` at a time. */
  const load = (total: number, concurrency: number) =>
    new Promise<{ times: number[]; results: number; failures: number }>((resolve, reject) => {
      const worker = new Worker(
        `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./load-worker.ts", import.meta.url).href)}); });`,
        { eval: true, workerData: { url: server.url, total, concurrency, callers } },
      );
      worker.once("message", (m) => {
        resolve(m);
        void worker.terminate();
      });
      worker.once("error", reject);
    });

  // The first query builds the program's index (one partition query); measured apart, then a warm-up.
  const first = performance.now();
  const warm = await load(1, 1);
  if (warm.results !== 1) throw new Error("the first query found nothing");
  const buildMs = performance.now() - first;
  await load(100, 4);

  const counter = countCalls(server.repos.store);
  const { times, results, failures } = await load(QUERIES_TOTAL, CONCURRENCY);
  if (failures > 0) throw new Error(`${failures} invokes failed`);
  const perQuery = counter.calls / QUERIES_TOTAL;
  process.stderr.write(
    `index build on first query: ${buildMs.toFixed(0)} ms; ${QUERIES_TOTAL} queries, ${results} with results; median ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms\n`,
  );
  console.log(
    `messaging extension ${PEOPLE} people: p99 ${pct(times, 0.99).toFixed(0)} ms at ${CONCURRENCY} concurrent, ${Number.isInteger(perQuery) ? perQuery : perQuery.toFixed(1)} Cosmos calls per query`,
  );
} finally {
  await server.stop();
  await cosmos.stop();
  await rm(dataDir, { recursive: true, force: true });
}
