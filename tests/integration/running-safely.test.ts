import { createLogger } from "../../bot/src/observability/logger";
import { mkdtemp, rm } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startCosmosWorker } from "../../bench/reminders/start-cosmos-worker";
import { loadConfig } from "../../bot/src/config";
import { LOCAL_COSMOS_KEY } from "../../bot/src/data/local-cosmos-server";
import { startBatonServer } from "../../bot/src/server";
import { postActivity, teamsActivity } from "../support/activities";
import { startChildServer, type ChildServer } from "../support/child-server";
import { startLocalConnector } from "../support/local-connector";

const until = async (what: string, ok: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe("running safely", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });

  it(
    "/readyz answers 200 while Cosmos DB answers and 503 once it does not",
    { timeout: 30_000 },
    async () => {
      const cosmos = await startCosmosWorker();
      cleanups.push(() => cosmos.stop());
      const dataDir = await mkdtemp(path.join(tmpdir(), "baton-readyz-"));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const server = await startBatonServer(
        loadConfig({
          PORT: "0",
          HOST: "127.0.0.1",
          BATON_DATA_DIR: dataDir,
          COSMOS_ENDPOINT: cosmos.endpoint,
          COSMOS_KEY: LOCAL_COSMOS_KEY,
        }),
        {
          log: () => {},
          logger: createLogger("silent"),
          cosmosAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),
        },
      );
      cleanups.push(() => server.stop({ drainMs: 0 }));
      const ready = await fetch(`${server.url}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      await cosmos.stop();
      const down = await fetch(`${server.url}/readyz`);
      expect([down.status, await down.json()]).toEqual([
        503,
        { status: "unavailable", cosmos: "unreachable" },
      ]);
      // Liveness is not readiness: the process still answers.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    },
  );

  it(
    "SIGTERM: refuses new connections, finishes the turn in flight, cuts off a hung one, exits 0 within 10 s",
    { timeout: 150_000 },
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), "baton-sigterm-"));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const connector = await startLocalConnector();
      cleanups.push(() => connector.close());
      const child: ChildServer = await startChildServer(dataDir);
      cleanups.push(() => child.crash());

      // Two bot turns in flight: Teams holds the replies of both.
      connector.hold(true);
      const say = (userId: string, name: string) =>
        postActivity(
          child.url,
          teamsActivity(
            connector.serviceUrl,
            { type: "message", text: "help" },
            { tenantId: "contoso-demo", userId, name },
          ),
        );
      // One after the other, so that Priya's is the first held (the one `answerOne` answers).
      const finishing = say("u-priya", "Priya Raman");
      await until("the first turn to reach Teams", () => connector.heldCount() === 1);
      const hung = say("u-oskar", "Oskar Lindqvist").catch((e: unknown) => e);
      await until("both turns to reach Teams", () => connector.heldCount() === 2);

      const signalled = performance.now();
      const exited = new Promise<number | null>((resolve) =>
        child.process.once("exit", (code) => resolve(code)),
      );
      child.process.kill("SIGTERM");
      await until("the stop to begin", () => child.output().includes("SIGTERM: stopping Baton"));
      // New connections are refused at once.
      await expect(fetch(`${child.url}/healthz`)).rejects.toThrow();

      // Teams answers the first turn: it completes normally, after the signal.
      connector.answerOne();
      expect(await finishing).toBe(200);

      const code = await exited;
      const seconds = (performance.now() - signalled) / 1000;
      expect(code).toBe(0);
      expect(seconds).toBeLessThan(10);
      expect(child.output()).toContain(
        "Stopped: 1 in-flight request(s) finished, 1 cut off; scheduler stopped.",
      );
      expect(await hung).toBeInstanceOf(Error);
    },
  );
});
