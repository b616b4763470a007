import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Container } from "@azure/cosmos";

const FILE = "cosmos-snapshot.json";
const SYSTEM_FIELDS = new Set(["_rid", "_self", "_attachments", "_ts", "_etag"]);

/**
 * The embedded Cosmos server keeps data in memory; local runs snapshot every document to
 * `<dataDir>/cosmos-snapshot.json` and load it back at start. This is the one place that reads
 * across partitions, and it only ever runs against the local server.
 */
export async function loadSnapshot(container: Container, dataDir: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, FILE), "utf8");
  } catch {
    return 0;
  }
  const docs = JSON.parse(text) as Record<string, unknown>[];
  for (const doc of docs) await container.items.upsert(doc);
  return docs.length;
}

export async function saveSnapshot(container: Container, dataDir: string): Promise<number> {
  const { resources } = await container.items.readAll().fetchAll();
  const docs = resources.map((r) =>
    Object.fromEntries(Object.entries(r).filter(([key]) => !SYSTEM_FIELDS.has(key))),
  );
  await mkdir(dataDir, { recursive: true });
  const target = path.join(dataDir, FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(docs));
  await rename(temporary, target);
  return docs.length;
}
