/**
 * npm run bench:messaging-extension: a program with 10,000 people (a third of them mentors) and 2,000
 * resources in the embedded Cosmos (in a worker thread), then composeExtension/query invokes (findMentor
 * and findResource, typed queries and initial runs, random callers) POSTed to /api/messages through the
 * real CloudAdapter, 20 at a time. Prints one line on stdout:
 *   messaging extension 10000 people: p99 X ms at 20 concurrent, N Cosmos calls per query
 * ("Cosmos calls" are DocumentStore operations: point reads, queries, writes). Details go to stderr.
 */
import { mkdtemp, rm } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../../bot/src/config";
import type { DocumentStore } from "../../bot/src/data/document-store";
import { LOCAL_COSMOS_KEY } from "../../bot/src/data/local-cosmos-server";
import { startBatonServer } from "../../bot/src/server";
import { startCosmosWorker } from "../reminders/start-cosmos-worker";
import { meInvoke, searchValue } from "../../tests/support/me-invoke";
import { documentsFor, QUERIES, TENANT } from "./generate";

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
  { log: () => {}, cosmosAgent },
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
  const invoke = (n: number) => {
    const caller = callers[n % callers.length] as string;
    const commandId = n % 3 === 2 ? "findResource" : "findMentor";
    const q = n % 10 === 0 ? undefined : QUERIES[n % QUERIES.length];
    return meInvoke(
      server.url,
      "https://bench.invalid",
      "composeExtension/query",
      searchValue(commandId, q),
      {
        tenantId: TENANT,
        userId: caller,
        name: caller,
      },
    );
  };

  // The first query builds the program's index (one partition query); measured apart.
  const first = performance.now();
  const warm = await invoke(1);
  if (warm.body?.composeExtension?.type !== "result")
    throw new Error(`no results: ${JSON.stringify(warm.body)}`);
  const buildMs = performance.now() - first;
  for (let i = 0; i < 40; i++) await invoke(i);

  const counter = countCalls(server.repos.store);
  const times: number[] = [];
  let next = 0;
  let results = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < QUERIES_TOTAL) {
        const n = next++;
        const start = performance.now();
        const { status, body } = await invoke(n);
        times.push(performance.now() - start);
        if (status !== 200) throw new Error(`status ${status}`);
        if (body?.composeExtension?.type === "result") results++;
      }
    }),
  );
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
