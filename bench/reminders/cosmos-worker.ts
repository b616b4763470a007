/**
 * The local Cosmos server for the benchmark, in a worker thread (its full scans do not share the
 * bot's event loop), with keep-alive (one TLS handshake per connection, not per request).
 */
import { parentPort } from "node:worker_threads";
import type { AddressInfo } from "node:net";
import { createHttpsServer } from "@vercel/cosmosdb-server";

const server = createHttpsServer({ keepAlive: true });
// Idle sockets live long: a server closing them after Node's default 5 s races a client reusing one
// (ECONNRESET), as in bot/src/data/local-cosmos-server.ts.
server.keepAliveTimeout = 10 * 60_000;
server.listen(0, "127.0.0.1", () => parentPort?.postMessage((server.address() as AddressInfo).port));
