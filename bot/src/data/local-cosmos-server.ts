import https from "node:https";
import type { AddressInfo } from "node:net";
import { createHttpsServer } from "@vercel/cosmosdb-server";

/** The well-known key of the Cosmos emulator; the local server accepts any key. */
export const LOCAL_COSMOS_KEY =
  "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

export interface LocalCosmosServer {
  endpoint: string;
  /** The HTTPS server itself (the write-ahead log hooks its responses). */
  server: https.Server;
  /** Trusts the local server's self-signed certificate, for this one client only. */
  agent: https.Agent;
  close(): Promise<void>;
}

/** Starts `@vercel/cosmosdb-server` in this process on a loopback port (0 = any free port). */
export async function startLocalCosmosServer(port = 0): Promise<LocalCosmosServer> {
  const server = createHttpsServer({ keepAlive: true });
  // The client keeps idle sockets open without a limit; a server closing them after Node's default
  // 5 s races a request reusing one (ECONNRESET). Idle sockets live much longer here instead.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
  return {
    endpoint: `https://127.0.0.1:${actual}`,
    server,
    agent,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
