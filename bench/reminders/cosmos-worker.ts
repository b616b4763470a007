/**
 * The local Cosmos server for the benchmark, in a worker thread (its full scans do not share the
 * bot's event loop), with keep-alive (one TLS handshake per connection, not per request).
 */
import { parentPort } from "node:worker_threads";
import type { AddressInfo } from "node:net";
import { createHttpsServer } from "@vercel/cosmosdb-server";

const server = createHttpsServer({ keepAlive: true });
server.listen(0, "127.0.0.1", () => parentPort?.postMessage((server.address() as AddressInfo).port));
