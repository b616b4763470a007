/**
 * npm run bench:durability [N]: the cost of the local write-ahead log (ADR 0009). N upserts of a
 * ~1 KB document to the embedded Cosmos server, one at a time and 16 at a time, without and with the
 * log attached (each write fsynced before its answer). Prints median and p95 per write, and throughput.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { CosmosClient } from "@azure/cosmos";
import { LOCAL_COSMOS_KEY, startLocalCosmosServer } from "../../bot/src/data/local-cosmos-server";
import { WriteAheadLog } from "../../bot/src/data/write-ahead-log";

const N = Number(process.argv[2] ?? process.env.BENCH_N ?? 400);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function run(withLog: boolean, concurrency: number): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "baton-bench-wal-"));
  const local = await startLocalCosmosServer();
  const wal = withLog ? await WriteAheadLog.open(dataDir) : undefined;
  wal?.attach(local.server);
  const client = new CosmosClient({
    endpoint: local.endpoint,
    key: LOCAL_COSMOS_KEY,
    agent: local.agent,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const { database } = await client.databases.createIfNotExists({ id: "bench" });
  const { container } = await database.containers.createIfNotExists({ id: "bench", partitionKey: "/pk" });
  const filler = "x".repeat(900);
  const times: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < N) {
        const i = next++;
        const t = performance.now();
        await container.items.upsert({ id: `d${i}`, pk: `t:bench|p${i % 20}`, filler });
        times.push(performance.now() - t);
      }
    }),
  );
  const total = performance.now() - start;
  client.dispose();
  await wal?.close();
  await local.close();
  await rm(dataDir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const label = `${withLog ? "with log   " : "without log"} x${String(concurrency).padEnd(2)}`;
  return `${label}  median ${percentile(times, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms  ${((N / total) * 1000).toFixed(0).padStart(5)} writes/s`;
}

await run(false, 4); // warm-up (JIT, TLS), not printed
for (const concurrency of [1, 16])
  for (const withLog of [false, true, false, true]) console.log(await run(withLog, concurrency));
