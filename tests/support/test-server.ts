import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../../bot/src/config";
import { createLogger } from "../../bot/src/observability/logger";
import { startBatonServer, type BatonServer, type ServerOptions } from "../../bot/src/server";
import { timed } from "./timings";

export interface TestServer extends BatonServer {
  dataDir: string;
  signIn(userId: string, tenantId?: string, displayName?: string): Promise<string>;
  call(
    token: string | undefined,
    method: string,
    route: string,
    body?: unknown,
  ): Promise<{ status: number; body: any }>;
  /** Stops the server and removes its data folder (unless `keepData`). */
  dispose(keepData?: boolean): Promise<void>;
}

/** A real Baton server on a free loopback port, with its own embedded Cosmos DB and data folder. */
export async function startTestServer(
  opts: { dataDir?: string; seedDemo?: boolean; env?: Record<string, string> } & ServerOptions = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(tmpdir(), "baton-test-")));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    BATON_DATA_DIR: dataDir,
    BATON_DEV_SIGNIN: "1",
    BATON_SEED_DEMO: opts.seedDemo === false ? "0" : "1",
    ...opts.env,
  });
  // Writes still go through the write-ahead log, without the disk flush (kill -9 durability is tested
  // with a real child process and fsync on, in crash-durability.test.ts).
  const server = await timed("server start", () =>
    startBatonServer(config, {
      log: () => {},
      logger: createLogger("silent"),
      localFsync: false,
      ...opts,
    }),
  );
  const call: TestServer["call"] = async (token, method, route, body) => {
    const res = await fetch(server.url + route, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed };
  };
  return {
    ...server,
    dataDir,
    call,
    async signIn(userId, tenantId, displayName) {
      const res = await call(undefined, "POST", "/api/dev/signin", {
        userId,
        ...(tenantId ? { tenantId } : {}),
        ...(displayName ? { displayName } : {}),
      });
      if (res.status !== 200) throw new Error(`dev sign-in failed: ${JSON.stringify(res.body)}`);
      return (res.body as { token: string }).token;
    },
    async dispose(keepData = false) {
      await timed("server stop", () => server.stop({ drainMs: 0 }));
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
