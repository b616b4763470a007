import { pairHealthRows, programStatusOf, type PairHealthView, type PairStatusDocument } from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { requireOwner } from "../matching/owner-access";
import type { Actor, Clock } from "../services/actor";
import type { PairStatusProjector } from "./pair-status-projector";
import { loadProgramPairs } from "./program-pairs";

/**
 * Pair health for a program's owners: status only (names, dates, counts, state), from the
 * `pairstatus:{pairId}` projections in the program partition. A pair without one yet (created before
 * projections existed) is projected once, here, and read from the projection from then on.
 */
export class PairHealthService {
  constructor(
    private readonly repos: Repositories,
    private readonly projector: PairStatusProjector,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, programId: string): Promise<PairHealthView> {
    const program = await requireOwner(this.repos, actor, programId);
    const { projections, pairIds } = await loadProgramPairs(this.repos, actor.tenantId, programId);
    const known = new Set(projections.map((p) => p.pairId));
    const missing = pairIds.filter((id) => !known.has(id));
    const added = await Promise.all(missing.map((id) => this.projector.refresh(actor.tenantId, id)));
    const docs = [...projections, ...added.filter((d): d is PairStatusDocument => d !== undefined)].filter(
      (d) => d.programId === programId,
    );
    return {
      programId,
      programName: program.name,
      programStatus: programStatusOf(program),
      evergreen: program.duration === "evergreen",
      closedAt: program.closedAt ?? null,
      pairs: pairHealthRows(docs, this.clock.now()),
    };
  }
}
