import {
  documentIds,
  type ActionItemDocument,
  type AgreementDocument,
  type CheckInDocument,
  type PairDocument,
  type PairSnapshot,
  type ProfileDocument,
  type ProgramDocument,
  type SessionDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";

type PairPartitionDoc =
  PairDocument | AgreementDocument | SessionDocument | ActionItemDocument | CheckInDocument;

/**
 * Loads what the due computation needs for a pair: one query of the pair partition (no notes), the
 * program (cached) and the people involved (cached). One loader per planning pass or tick.
 */
export class PairSnapshotLoader {
  private readonly programs = new Map<string, Promise<ProgramDocument | undefined>>();
  private readonly profiles = new Map<string, Promise<ProfileDocument | undefined>>();
  private readonly snapshots = new Map<string, Promise<PairSnapshot | undefined>>();

  constructor(private readonly repos: Repositories) {}

  load(tenantId: string, pairId: string): Promise<PairSnapshot | undefined> {
    const key = `${tenantId}|${pairId}`;
    let p = this.snapshots.get(key);
    if (!p) {
      p = this.fetch(tenantId, pairId);
      this.snapshots.set(key, p);
    }
    return p;
  }

  private async fetch(tenantId: string, pairId: string): Promise<PairSnapshot | undefined> {
    const docs = await this.repos.store.queryPartition<PairPartitionDoc>(
      tenantId,
      this.repos.pairs.pk(tenantId, pairId),
      "c.type = 'pair' OR c.type = 'agreement' OR c.type = 'session' OR c.type = 'actionItem' OR c.type = 'checkIn'",
    );
    const pair = docs.find((d): d is PairDocument => d.type === "pair");
    if (!pair) return undefined;
    const program = await this.program(tenantId, pair.programId);
    const ids = new Set([...pair.members.map((m) => m.userId), ...(program?.ownerIds ?? [])]);
    const people = new Map<string, ProfileDocument>();
    await Promise.all(
      [...ids].map(async (id) => {
        const profile = await this.profile(tenantId, id);
        if (profile) people.set(id, profile);
      }),
    );
    return {
      pair,
      agreement: docs.find((d): d is AgreementDocument => d.type === "agreement"),
      program,
      sessions: docs.filter((d): d is SessionDocument => d.type === "session"),
      actionItems: docs.filter((d): d is ActionItemDocument => d.type === "actionItem"),
      checkIns: new Set(
        docs
          .filter((d): d is CheckInDocument => d.type === "checkIn")
          .map((c) => `${c.sessionId}:${c.userId}`),
      ),
      people,
    };
  }

  private program(tenantId: string, programId: string) {
    const key = `${tenantId}|${programId}`;
    let p = this.programs.get(key);
    if (!p) {
      p = this.repos.tenants.getProgram(tenantId, programId);
      this.programs.set(key, p);
    }
    return p;
  }

  profile(tenantId: string, userId: string) {
    const key = `${tenantId}|${userId}`;
    let p = this.profiles.get(key);
    if (!p) {
      p = this.repos.store.read<ProfileDocument>(
        tenantId,
        this.repos.people.pk(tenantId, userId),
        documentIds.profile(),
      );
      this.profiles.set(key, p);
    }
    return p;
  }
}
