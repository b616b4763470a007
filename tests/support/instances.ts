import https from "node:https";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startCosmosWorker } from "../../bench/reminders/start-cosmos-worker";
import { loadConfig } from "../../bot/src/config";
import { LOCAL_COSMOS_KEY } from "../../bot/src/data/local-cosmos-server";
import { createLogger } from "../../bot/src/observability/logger";
import { startBatonServer, type BatonServer, type ServerOptions } from "../../bot/src/server";

export interface Instances {
  servers: BatonServer[];
  /** Starts one more instance on the same store (index = its position in `servers`). */
  add(): Promise<BatonServer>;
  stop(): Promise<void>;
}

/**
 * N Baton servers (each its own Express server, Cosmos client, scheduler and sender) on ONE Cosmos DB:
 * the embedded server in a worker thread, reached over HTTPS like Azure Cosmos DB. Nothing is shared
 * between the instances but the store, as on App Service.
 */
export async function startInstances(
  count: number,
  options: (index: number) => ServerOptions & { env?: Record<string, string> },
): Promise<Instances> {
  const cosmos = await startCosmosWorker();
  const dataDir = await mkdtemp(path.join(tmpdir(), "baton-instances-"));
  const servers: BatonServer[] = [];
  const add = async () => {
    const { env, ...serverOptions } = options(servers.length);
    const server = await startBatonServer(
      loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        BATON_DATA_DIR: dataDir,
        BATON_SEED_DEMO: "0",
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: LOCAL_COSMOS_KEY,
        ...env,
      }),
      {
        log: () => {},
        logger: createLogger("silent"),
        // The worker's self-signed certificate is trusted by these clients only.
        cosmosAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),
        ...serverOptions,
      },
    );
    servers.push(server);
    return server;
  };
  for (let i = 0; i < count; i++) await add();
  return {
    servers,
    add,
    async stop() {
      await Promise.all(servers.map((s) => s.stop({ drainMs: 0 })));
      await cosmos.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The most requests in any `windowMs` window (sorted times in ms). */
export function busiestWindow(times: readonly number[], windowMs = 1000): number {
  let best = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[last] as number) - (times[first] as number) >= windowMs) first++;
    best = Math.max(best, last - first + 1);
  }
  return best;
}
