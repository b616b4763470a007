import { partitionKeys, rollUp, type DashboardSummaryDocument, dashboardIds } from "@baton/shared";
import type { WriteEvent } from "../data/document-store";
import type { Clock } from "../services/actor";
import type { DashboardRepository } from "./dashboard-repository";
import { refreshDigest } from "./digest-writer";

export interface DashboardOptions {
  /** How often the refresher looks for changed programs (0: never on its own; tests call `runOnce`). */
  intervalMs?: number;
  /** Every this many ticks, also check every program of every known tenant (changes made elsewhere). */
  sweepEveryTicks?: number;
  /** Recompute a summary at least this often even without a change stamp (heals a lost stamp). */
  fullRecomputeMs?: number;
  /** Rebuild every pair digest of a program this often (heals a lost digest update). */
  reconcileMs?: number;
}

const PAIR_TYPES = new Set(["pair", "session", "goal", "checkIn"]);
const PROGRAM_TYPES = new Set(["enrolment", "dashboardPair", "surveyResponse"]);

interface Work {
  again: boolean;
  done: Promise<void>;
}

/**
 * Keeps every program's dashboard summary at most a minute old. Writes are observed at the one
 * DocumentStore: a change in a pair's partition rebuilds that pair's digest; a change of an
 * enrolment, digest or survey answer stamps the program; the refresher recomputes a stamped
 * program's summary from one query of its partition. See docs/data-model.md ("Dashboard").
 */
export class DashboardRuntime {
  private readonly pairWork = new Map<string, Work>();
  private readonly stampWork = new Map<string, Work>();
  private readonly dirty = new Map<string, { tenantId: string; programId: string }>();
  private readonly tenantsSeen = new Set<string>();
  private readonly computing = new Map<string, Promise<DashboardSummaryDocument>>();
  private readonly reconciledAt = new Map<string, number>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private ticks = 0;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: DashboardRepository,
    private readonly clock: Clock,
    private readonly tenants: () => Promise<string[]>,
    private readonly options: DashboardOptions = {},
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** The DocumentStore observer: cheap and synchronous; the work runs after the write returns. */
  readonly onWrite = (event: WriteEvent): void => {
    const tenantPrefix = `t:${event.tenantId}|`;
    if (!event.pk.startsWith(tenantPrefix)) return;
    const rest = event.pk.slice(tenantPrefix.length);
    if (rest.startsWith("pair:") && !rest.includes("|") && (!event.type || PAIR_TYPES.has(event.type))) {
      const pairId = rest.slice(5);
      const programId = event.type === "pair" ? (event.doc as { programId?: string }).programId : undefined;
      this.schedule(this.pairWork, `${event.tenantId}|${pairId}`, async () => {
        await refreshDigest(this.repo, event.tenantId, pairId, programId);
      });
    } else if (
      rest.startsWith("program:") &&
      !rest.includes("|") &&
      (!event.type || PROGRAM_TYPES.has(event.type))
    ) {
      if (!event.type && event.id.startsWith("dashboard")) return;
      this.stamp(event.tenantId, rest.slice(8));
    }
  };

  private stamp(tenantId: string, programId: string): void {
    this.tenantsSeen.add(tenantId);
    this.schedule(this.stampWork, `${tenantId}|${programId}`, async () => {
      await this.repo.touchStamp(tenantId, programId, this.clock.now().toISOString(), crypto.randomUUID());
      this.dirty.set(`${tenantId}|${programId}`, { tenantId, programId });
    });
  }

  /** Runs `job` now, or once more after the running one when asked again meanwhile (coalesces bursts). */
  private schedule(map: Map<string, Work>, key: string, job: () => Promise<void>): void {
    const current = map.get(key);
    if (current) {
      current.again = true;
      return;
    }
    const work: Work = { again: false, done: Promise.resolve() };
    map.set(key, work);
    work.done = (async () => {
      try {
        do {
          work.again = false;
          await job().catch((error: unknown) =>
            this.log(`Dashboard update failed (${key}): ${String(error)}`),
          );
        } while (work.again);
      } finally {
        map.delete(key);
      }
    })();
  }

  /** Waits until every observed change has reached its digest and stamp (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.pairWork.size > 0 || this.stampWork.size > 0) {
      await Promise.all([...this.pairWork.values(), ...this.stampWork.values()].map((w) => w.done));
    }
  }

  /**
   * Recomputes the program's summary from one query of its partition (single flight per program in
   * this instance). The stamp is read first, so a change made during the computation stamps a newer
   * version and is picked up by the next run.
   */
  recompute(tenantId: string, programId: string): Promise<DashboardSummaryDocument> {
    const key = `${tenantId}|${programId}`;
    const current = this.computing.get(key);
    if (current) return current;
    const job = (async () => {
      const program = await this.repo.getProgram(tenantId, programId);
      if (!program) throw new Error(`No program ${programId}`);
      const stamp = await this.repo.getStamp(tenantId, programId);
      const source = await this.repo.programSource(tenantId, programId);
      const now = this.clock.now();
      const rollup = rollUp({ program, ...source, now });
      return this.repo.saveSummary({
        id: dashboardIds.summary(),
        pk: partitionKeys.program(tenantId, programId),
        tenantId,
        type: "dashboardSummary",
        programId,
        rollup,
        computedAt: now.toISOString(),
        sourceVersion: stamp?.version ?? "",
        sourceDocuments: source.enrolments.length + source.digests.length + source.surveys.length,
      });
    })().finally(() => this.computing.delete(key));
    this.computing.set(key, job);
    return job;
  }

  /** One pass of the refresher: stamped programs, and on every sweep all programs of known tenants. */
  runOnce(): Promise<void> {
    this.running = this.running
      .then(() => this.pass())
      .catch((e: unknown) => this.log(`Dashboard refresh failed: ${String(e)}`));
    return this.running;
  }

  private async pass(): Promise<void> {
    this.ticks += 1;
    const candidates = new Map(this.dirty);
    this.dirty.clear();
    const sweep = this.ticks % (this.options.sweepEveryTicks ?? 3) === 1;
    if (sweep) {
      const tenants = new Set([...(await this.tenants()), ...this.tenantsSeen]);
      for (const tenantId of tenants)
        for (const p of await this.repo.listPrograms(tenantId))
          candidates.set(`${tenantId}|${p.programId}`, { tenantId, programId: p.programId });
    }
    const now = this.clock.now().getTime();
    for (const { tenantId, programId } of candidates.values()) {
      const [stamp, summary] = await Promise.all([
        this.repo.getStamp(tenantId, programId),
        this.repo.getSummary(tenantId, programId),
      ]);
      const old =
        !summary || now - Date.parse(summary.computedAt) > (this.options.fullRecomputeMs ?? 3600_000);
      if (old || (stamp && stamp.version !== summary?.sourceVersion))
        await this.recompute(tenantId, programId);
      const key = `${tenantId}|${programId}`;
      const reconciled = this.reconciledAt.get(key);
      if (reconciled === undefined) this.reconciledAt.set(key, now);
      else if (now - reconciled > (this.options.reconcileMs ?? 24 * 3600_000)) {
        this.reconciledAt.set(key, now);
        await this.reconcile(tenantId, programId);
      }
    }
  }

  /** Rebuilds the digest of every pair of the program (from the planner's roster), a few at a time. */
  async reconcile(tenantId: string, programId: string, pairIds?: readonly string[]): Promise<number> {
    const ids = pairIds ?? (await this.repo.rosterPairs(tenantId, programId));
    for (let i = 0; i < ids.length; i += 8)
      await Promise.all(
        ids.slice(i, i + 8).map((pairId) => refreshDigest(this.repo, tenantId, pairId, programId)),
      );
    return ids.length;
  }

  start(): void {
    const interval = this.options.intervalMs ?? 10_000;
    if (interval <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), interval);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    await this.flush();
  }
}
