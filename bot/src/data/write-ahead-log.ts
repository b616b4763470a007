import { mkdir, open, readdir, readFile, rm, type FileHandle } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Server } from "node:https";
import path from "node:path";

/** One acknowledged write to the local Cosmos server, as kept in the log. */
export type WalRecord =
  | { op: "put"; db: string; coll: string; doc: Record<string, unknown> }
  | { op: "delete"; db: string; coll: string; id: string; pk: unknown };

const SYSTEM_FIELDS = new Set(["_rid", "_self", "_attachments", "_ts", "_etag"]);
const DOC_PATH = /^\/+dbs\/([^/]+)\/colls\/([^/]+)\/docs(?:\/([^/]+))?\/?$/;

interface Pending {
  line: string;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * An append-only log of the local Cosmos server's writes in `<dataDir>/wal-<n>.log` (one JSON
 * record a line). `append` resolves only after the record is written and `fdatasync`ed; records
 * that arrive while a flush runs share the next flush (group commit). `rotate` starts a new file
 * so a checkpoint can drop the older ones once a snapshot holds their effect.
 */
export class WriteAheadLog {
  private handle: FileHandle | undefined;
  private sequence = 0;
  private pending: Pending[] = [];
  private chain: Promise<void> = Promise.resolve();

  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<WriteAheadLog> {
    await mkdir(dir, { recursive: true });
    const log = new WriteAheadLog(dir);
    const existing = await listLogFiles(dir);
    log.sequence = existing.length ? existing[existing.length - 1]!.sequence + 1 : 1;
    log.handle = await open(log.fileFor(log.sequence), "a");
    return log;
  }

  private fileFor(sequence: number): string {
    return path.join(this.dir, `wal-${String(sequence).padStart(8, "0")}.log`);
  }

  private serial(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => {});
    return run;
  }

  /** Resolves once the record is on disk (written and fdatasynced). */
  append(record: WalRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ line: `${JSON.stringify(record)}\n`, resolve, reject });
      if (this.pending.length === 1) void this.serial(() => this.flush()).catch(() => {});
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    try {
      if (!this.handle) throw new Error("The write-ahead log is closed.");
      await this.handle.write(batch.map((p) => p.line).join(""));
      await this.handle.datasync();
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  /** Starts a new log file; returns the sequence numbers a later checkpoint may delete (all older ones). */
  rotate(): Promise<number> {
    let closed = 0;
    return this.serial(async () => {
      await this.flush();
      await this.handle?.close();
      closed = this.sequence;
      this.sequence += 1;
      this.handle = await open(this.fileFor(this.sequence), "a");
    }).then(() => closed);
  }

  /** Deletes the log files up to and including `sequence` (their effect is in a durable snapshot). */
  async dropThrough(sequence: number): Promise<void> {
    for (const file of await listLogFiles(this.dir))
      if (file.sequence <= sequence) await rm(file.path, { force: true });
  }

  async close(): Promise<void> {
    await this.serial(async () => {
      await this.flush();
      await this.handle?.close();
      this.handle = undefined;
    });
  }

  /**
   * Makes every successful document write on `server` wait for its log record: the response is
   * held until the record is durable, so a write the client saw acknowledged survives `kill -9`.
   * Batch requests are refused (Baton does not use them; see ADR 0003).
   */
  attach(server: Server): void {
    server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
      const target = writeTarget(req);
      if (!target) return;
      if (target === "batch") {
        res.statusCode = 501;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ message: "Batch writes are not supported by the local durable store." }));
        return;
      }
      const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
      res.end = ((chunk?: unknown) => {
        if (res.statusCode >= 300 || res.writableEnded) return end(chunk);
        const record = recordFor(target, req, chunk);
        if (!record) return end(chunk);
        this.append(record).then(
          () => end(chunk),
          () => {
            res.statusCode = 503;
            end(JSON.stringify({ message: "The write could not be made durable." }));
          },
        );
        return res;
      }) as ServerResponse["end"];
    });
  }
}

type Target = "batch" | { kind: "put" | "delete"; db: string; coll: string; id?: string };

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function writeTarget(req: IncomingMessage): Target | undefined {
  const match = DOC_PATH.exec((req.url ?? "").split("?")[0] ?? "");
  if (!match) return undefined;
  const [, db, coll, id] = match as unknown as [string, string, string, string | undefined];
  const ids = { db: decodeURIComponent(db), coll: decodeURIComponent(coll) };
  if (req.method === "POST" && !id) {
    if (header(req, "x-ms-documentdb-isquery") === "true") return undefined;
    if (header(req, "content-type") === "application/query+json") return undefined;
    if (header(req, "x-ms-cosmos-is-batch-request") === "true") return "batch";
    return { kind: "put", ...ids };
  }
  if (id && (req.method === "PUT" || req.method === "PATCH")) return { kind: "put", ...ids };
  if (id && req.method === "DELETE") return { kind: "delete", ...ids, id: decodeURIComponent(id) };
  return undefined;
}

function recordFor(
  target: Exclude<Target, "batch">,
  req: IncomingMessage,
  chunk: unknown,
): WalRecord | undefined {
  if (target.kind === "delete") {
    const pk = header(req, "x-ms-documentdb-partitionkey");
    return {
      op: "delete",
      db: target.db,
      coll: target.coll,
      id: target.id!,
      pk: pk ? JSON.parse(pk) : undefined,
    };
  }
  const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : "";
  if (!text) return undefined;
  const body = JSON.parse(text) as Record<string, unknown>;
  const doc = Object.fromEntries(Object.entries(body).filter(([key]) => !SYSTEM_FIELDS.has(key)));
  return { op: "put", db: target.db, coll: target.coll, doc };
}

async function listLogFiles(dir: string): Promise<{ sequence: number; path: string }[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, m: /^wal-(\d+)\.log$/.exec(name) }))
    .filter((f) => f.m)
    .map((f) => ({ sequence: Number(f.m![1]), path: path.join(dir, f.name) }))
    .sort((a, b) => a.sequence - b.sequence);
}

/** Every record in `<dir>`'s log files, oldest first; a torn last line (a crash mid-append) is ignored. */
export async function readLogRecords(dir: string): Promise<WalRecord[]> {
  const records: WalRecord[] = [];
  for (const file of await listLogFiles(dir)) {
    const text = await readFile(file.path, "utf8");
    for (const line of text.split("\n")) {
      if (!line) continue;
      try {
        records.push(JSON.parse(line) as WalRecord);
      } catch {
        // A record cut short by a crash was never acknowledged.
      }
    }
  }
  return records;
}
