/**
 * The local Cosmos server for the dashboard benchmark, in a worker thread, counting the requests it
 * serves (the parent asks with "count") so the bench can report Cosmos calls per dashboard load.
 */
import { parentPort } from "node:worker_threads";
import type { AddressInfo } from "node:net";
import { createHttpsServer } from "@vercel/cosmosdb-server";

let requests = 0;
const server = createHttpsServer({ keepAlive: true });
server.on("request", () => {
  requests += 1;
});
parentPort?.on("message", (message) => {
  if (message === "count") parentPort?.postMessage({ requests });
});
server.listen(0, "127.0.0.1", () =>
  parentPort?.postMessage({ port: (server.address() as AddressInfo).port }),
);
