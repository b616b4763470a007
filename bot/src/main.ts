import { loadConfig } from "./config";
import { startBatonServer } from "./server";

const config = loadConfig();
const haltAfter = process.env.BATON_TEST_ERASURE_HALT_AFTER;
const leaseMs = Number(process.env.BATON_ERASURE_LEASE_MS) || undefined;
const server = await startBatonServer(config, {
  rhythm: { autoStart: process.env.BATON_RHYTHM !== "0" },
  myData: {
    retentionAutoStart: process.env.BATON_RHYTHM !== "0",
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
    console.log("Stopping Baton, saving data...");
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
