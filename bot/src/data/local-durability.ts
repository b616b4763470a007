import type { Container } from "@azure/cosmos";
import type { Server } from "node:https";
import { loadSnapshot, saveSnapshot } from "./local-snapshot";
import { readLogRecords, WriteAheadLog, type WalRecord } from "./write-ahead-log";

/**
 * Durability for the embedded Cosmos server (ADR 0009): a snapshot plus a write-ahead log.
 * Every acknowledged write is in the fsynced log before the server answers; a checkpoint rotates
 * the log, writes a fresh snapshot and drops the log files the snapshot now covers. At start the
 * snapshot is loaded and the log replayed on top, in order.
 */
export class LocalDurability {
  private checkpointing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly container: Container,
    private readonly dataDir: string,
    private readonly wal: WriteAheadLog,
    /** Documents in the snapshot plus log records replayed at start. */
    readonly restored: number,
  ) {}

  static async open(container: Container, server: Server, dataDir: string): Promise<LocalDurability> {
    const fromSnapshot = await loadSnapshot(container, dataDir);
    const records = await readLogRecords(dataDir);
    for (const record of records) await replay(container, record);
    const wal = await WriteAheadLog.open(dataDir);
    wal.attach(server);
    const durability = new LocalDurability(container, dataDir, wal, fromSnapshot + records.length);
    if (records.length > 0) await durability.checkpoint();
    return durability;
  }

  /** Folds the log into a new snapshot; one checkpoint at a time. */
  checkpoint(): Promise<unknown> {
    this.checkpointing = this.checkpointing.then(async () => {
      const covered = await this.wal.rotate();
      await saveSnapshot(this.container, this.dataDir);
      await this.wal.dropThrough(covered);
    });
    return this.checkpointing;
  }

  async close(): Promise<void> {
    await this.checkpoint();
    await this.wal.close();
  }
}

async function replay(container: Container, record: WalRecord): Promise<void> {
  if (record.db !== container.database.id || record.coll !== container.id) return;
  if (record.op === "put") {
    await container.items.upsert(record.doc);
    return;
  }
  const pk = Array.isArray(record.pk) ? (record.pk[0] as string) : (record.pk as string);
  try {
    await container.item(record.id, pk).delete();
  } catch (error) {
    if ((error as { code?: unknown }).code !== 404) throw error;
  }
}
