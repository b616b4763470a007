import type { Agent } from "node:https";
import { CosmosClient, type Container } from "@azure/cosmos";
import type { BatonConfig } from "../config";
import { LOCAL_COSMOS_KEY, startLocalCosmosServer, type LocalCosmosServer } from "./local-cosmos-server";

export interface CosmosConnection {
  container: Container;
  local?: LocalCosmosServer;
  close(): Promise<void>;
}

export const PARTITION_KEY_PATH = "/pk";

async function ensureContainer(
  client: CosmosClient,
  database: string,
  container: string,
): Promise<Container> {
  const { database: db } = await client.databases.createIfNotExists({ id: database });
  const { container: c } = await db.containers.createIfNotExists({
    id: container,
    partitionKey: { paths: [PARTITION_KEY_PATH] },
  });
  return c;
}

/**
 * Connects to Azure Cosmos DB when COSMOS_ENDPOINT is set (key, or managed identity without one);
 * otherwise starts the local server in-process and talks to it through the same SDK.
 */
export async function connectCosmos(
  cosmos: BatonConfig["cosmos"],
  /** Only for a local endpoint run outside this process (the reminders bench): trusts its certificate. */
  agent?: Agent,
): Promise<CosmosConnection> {
  if (cosmos.mode === "azure") {
    const client = cosmos.key
      ? new CosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, ...(agent ? { agent } : {}) })
      : new CosmosClient({
          endpoint: cosmos.endpoint,
          aadCredentials: new (await import("@azure/identity")).DefaultAzureCredential(),
        });
    const container = await ensureContainer(client, cosmos.database, cosmos.container);
    return { container, close: async () => client.dispose() };
  }
  const local = await startLocalCosmosServer();
  const client = new CosmosClient({
    endpoint: local.endpoint,
    key: LOCAL_COSMOS_KEY,
    agent: local.agent,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const container = await ensureContainer(client, cosmos.database, cosmos.container);
  return {
    container,
    local,
    close: async () => {
      client.dispose();
      await local.close();
    },
  };
}
