import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import type { Container } from "@azure/cosmos";

const FILE = "cosmos-snapshot.json";
const SYSTEM_FIELDS = new Set(["_rid", "_self", "_attachments", "_ts", "_etag"]);

/**
 * The embedded Cosmos server keeps data in memory; local runs snapshot every document to
 * `<dataDir>/cosmos-snapshot.json` and load it back at start (then replay the write-ahead log,
 * see `local-durability.ts`). This is the one place that reads across partitions, and it only
 * ever runs against the local server.
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

/** Writes the snapshot to a temporary file, fsyncs it, renames it into place and fsyncs the folder. */
export async function saveSnapshot(container: Container, dataDir: string): Promise<number> {
  const { resources } = await container.items.readAll().fetchAll();
  const docs = resources.map((r) =>
    Object.fromEntries(Object.entries(r).filter(([key]) => !SYSTEM_FIELDS.has(key))),
  );
  await mkdir(dataDir, { recursive: true });
  const target = path.join(dataDir, FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  const file = await open(temporary, "w");
  try {
    await file.writeFile(JSON.stringify(docs));
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, target);
  const folder = await open(dataDir, "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
  return docs.length;
}
