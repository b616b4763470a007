import { loadConfig, type BatonConfig } from "./config";
import { startBatonServer } from "./server";

/** SIGTERM to exit: App Service waits about 10 s before killing; requests get 8 s of it to finish. */
const DRAIN_MS = 8000;
const EXIT_DEADLINE_MS = 9500;

let config: BatonConfig;
try {
  config = loadConfig();
} catch (error) {
  // A missing or malformed setting stops the start at once, naming the setting.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(78); // EX_CONFIG
}
// Test-only knobs for the erasure crash test (tests/integration/my-data-crash.test.ts).
const haltAfter = process.env.BATON_TEST_ERASURE_HALT_AFTER;
const leaseMs = Number(process.env.BATON_ERASURE_LEASE_MS) || undefined;
const server = await startBatonServer(config, {
  rhythm: { autoStart: config.rhythm },
  myData: {
    retentionAutoStart: config.rhythm,
    ...(haltAfter ? { haltAfter } : {}),
    ...(leaseMs ? { leaseMs, resumeMs: leaseMs } : {}),
  },
});
console.log(`Baton is running at ${server.url.replace("127.0.0.1", "localhost")}`);
console.log(`  bot endpoint: ${server.url}/api/messages`);
console.log(
  `  data: ${config.cosmos.mode === "local" ? `embedded Cosmos DB, saved in ${config.cosmos.dataDir}/` : config.cosmos.endpoint}`,
);
if (config.devSignIn) console.log("  dev sign-in is ON (local only): pick a demo person in the browser");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(
      `${signal}: stopping Baton (new requests refused, in-flight ones finish, scheduler stops)...`,
    );
    setTimeout(() => {
      console.error("Baton did not stop in time; exiting.");
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
    server.stop({ drainMs: DRAIN_MS }).then(
      ({ drained, cutOff }) => {
        console.log(
          `Stopped: ${drained} in-flight request(s) finished, ${cutOff} cut off; scheduler stopped.`,
        );
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
