import {
  isPairLive,
  statusOnCycleClose,
  statusWhenPairsSettled,
  withStatus,
  type ProgramDocument,
  type ProgramStatus,
} from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { loadProgramPairs } from "./program-pairs";

/**
 * Moves a program's status with its cycle: `closing` when the cycle closes (an evergreen program
 * stays running), `closed` (with `closedAt`) once no pair of it is live any more. Each move is a
 * conditional replace on the program's ETag, re-read and retried on a conflict; repeating it changes
 * nothing.
 */
export class ProgramCycleStatus {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  /** The cycle closes: open/running → closing; then closed at once if no pair is live. */
  async cycleClosing(tenantId: string, programId: string): Promise<ProgramStatus | undefined> {
    const moved = await this.move(tenantId, programId, (p) => statusOnCycleClose(p));
    return moved === "closing" ? this.pairsSettled(tenantId, programId) : moved;
  }

  /** A pair of the program settled: a closing program with no live pair left is closed. */
  async pairsSettled(tenantId: string, programId: string): Promise<ProgramStatus | undefined> {
    const program = await this.repos.tenants.getProgram(tenantId, programId);
    if (!program || program.status !== "closing") return program?.status;
    const live = await this.livePairs(tenantId, programId);
    return this.move(tenantId, programId, (p) => statusWhenPairsSettled(p, live));
  }

  /** Live pairs (active, paused or closing), from the projections; a pair that looks live is read itself. */
  private async livePairs(tenantId: string, programId: string): Promise<number> {
    const { projections, pairIds } = await loadProgramPairs(this.repos, tenantId, programId);
    const settled = new Set(projections.filter((p) => !isPairLive(p.state)).map((p) => p.pairId));
    let live = 0;
    for (const pairId of pairIds) {
      if (settled.has(pairId)) continue;
      const pair = await this.repos.pairs.getPair(tenantId, pairId);
      if (pair && pair.programId === programId && isPairLive(pair.status)) live++;
    }
    return live;
  }

  private async move(
    tenantId: string,
    programId: string,
    to: (p: ProgramDocument) => ProgramStatus,
  ): Promise<ProgramStatus | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.repos.tenants.getProgram(tenantId, programId);
      if (!current) return undefined;
      const next = to(current);
      if (next === (current.status ?? "running")) return next;
      try {
        await this.repos.store.replace<ProgramDocument>(
          withStatus(current, next, this.clock.now()),
          current._etag ?? "",
        );
        return next;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    return (await this.repos.tenants.getProgram(tenantId, programId))?.status;
  }
}
