import {
  partitionKeys,
  projectPairStatus,
  type ActionItemDocument,
  type AgreementDocument,
  type ChemistryCheckDocument,
  type PairDocument,
  type PairStatusDocument,
  type SessionDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";

type Source =
  PairDocument | AgreementDocument | SessionDocument | ActionItemDocument | ChemistryCheckDocument;

/**
 * Keeps `pairstatus:{pairId}` in the program partition in step with the pair: after any write to a
 * pair, one query of the pair's partition (status fields only; notes and goals are never read) and
 * one upsert. Pair health then reads a program with one single-partition query.
 */
export class PairStatusProjector {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async refresh(tenantId: string, pairId: string): Promise<PairStatusDocument | undefined> {
    const docs = await this.repos.store.queryPartition<Source>(
      tenantId,
      this.repos.pairs.pk(tenantId, pairId),
      "c.type IN ('pair', 'agreement', 'session', 'actionItem', 'chemistryCheck')",
    );
    const pair = docs.find((d): d is PairDocument => d.type === "pair");
    if (!pair) return undefined;
    const program = await this.repos.tenants.getProgram(tenantId, pair.programId);
    const of = <T extends Source>(type: T["type"]) => docs.filter((d): d is T => d.type === type);
    const doc = projectPairStatus(
      {
        pair,
        agreement: of<AgreementDocument>("agreement")[0],
        sessions: of<SessionDocument>("session"),
        actionItems: of<ActionItemDocument>("actionItem"),
        chemistryAnsweredBy: of<ChemistryCheckDocument>("chemistryCheck")
          .filter((c) => c.answer !== undefined)
          .map((c) => c.userId),
        programCadence: program?.cadence,
      },
      partitionKeys.program(tenantId, pair.programId),
      this.clock.now(),
    );
    return this.repos.store.upsert(doc);
  }

  /** Best effort after a write that already succeeded: a failed refresh is caught up on the next one. */
  async refreshQuietly(tenantId: string, pairId: string): Promise<void> {
    try {
      await this.refresh(tenantId, pairId);
    } catch (error) {
      console.error("Pair status projection failed", error);
    }
  }
}
