import {
  closingIds,
  closingOutcome,
  closingReflectionInput,
  documentIds,
  isPairLive,
  notFound,
  programWindow,
  parseInput,
  partitionKeys,
  requireMember,
  requireWritable,
  startClosing,
  stateConflict,
  type ClosingReflectionDocument,
  type ClosingView,
  type MembershipDocument,
  type PairDocument,
  type PairSnapshot,
  type PairStatus,
  type ProgramStatus,
} from "@baton/shared";
import type { ProactiveSender } from "../bot/proactive-sender";
import type { Repositories } from "../data/repositories";
import { noticeCard } from "../features/check-in/notice-card";
import { firstName } from "../features/matching/matching-cards";
import { requireOwner } from "../matching/owner-access";
import { recordEndedPair } from "../matching/ended-pair";
import type { Actor, Clock } from "../services/actor";
import { closingReflectionCard } from "./closing-cards";
import type { PairStatusProjector } from "./pair-status-projector";
import { ProgramCycleStatus } from "./program-cycle-status";
import { programPairIds } from "./program-pairs";
import { retryOnConflict } from "../data/retry-on-conflict";

export interface ClosingDeps {
  repos: Repositories;
  sender: ProactiveSender;
  projector: PairStatusProjector;
  clock: Clock;
  /** Plans what is due for one pair now (the rhythm planner: the wrap-up and the end survey). */
  planPair: (tenantId: string, pairId: string) => Promise<unknown>;
}

/** ETag-less lifecycle commands re-read and retry a lost race (see `retryOnConflict`). */
const retry = <T>(run: () => Promise<T>): Promise<T> => retryOnConflict(() => run());

/**
 * Closing a cycle (PRODUCT.md journey step 8). A live pair starts `closing`: the planner sends the
 * wrap-up prompt and the end survey, and each member gets a private card for lessons learned and a
 * choice. Both "continue" → `continued-informally` (writable, off the reminder roster); any "close",
 * or time up → `closed` (read-only). Either way the program's part ends: seats are released and
 * `pairhistory` keeps matching from proposing the pair again.
 */
export class ClosingService {
  private readonly cycle: ProgramCycleStatus;

  constructor(private readonly deps: ClosingDeps) {
    this.cycle = new ProgramCycleStatus(deps.repos, deps.clock);
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  /** Owner: closes one pair of their program early. */
  async closePair(actor: Actor, programId: string, pairId: string): Promise<{ status: PairStatus }> {
    await requireOwner(this.deps.repos, actor, programId);
    const pair = await this.deps.repos.pairs.getPair(actor.tenantId, pairId);
    if (!pair || pair.programId !== programId) throw notFound("This pair");
    requireWritable(pair);
    if (pair.status === "continued-informally")
      throw stateConflict("This pair is continuing informally: its program cycle is already over.");
    const after = await this.begin(pair, "early", actor.userId);
    return { status: after.status };
  }

  /**
   * Owner: closes the cycle for every live pair of the program. The program itself moves to
   * `closing` (evergreen programs stay running) and to `closed` once no pair is live.
   */
  async closeCycle(
    actor: Actor,
    programId: string,
  ): Promise<{ closing: number; programStatus: ProgramStatus | undefined }> {
    await requireOwner(this.deps.repos, actor, programId);
    let closing = 0;
    for (const pairId of await programPairIds(this.deps.repos, actor.tenantId, programId)) {
      const pair = await this.deps.repos.pairs.getPair(actor.tenantId, pairId);
      // Active and paused pairs start closing; those already closing keep their dates and are not counted.
      if (!pair || pair.programId !== programId || !isPairLive(pair.status) || pair.status === "closing")
        continue;
      await this.begin(pair, "cycle-end", actor.userId);
      closing++;
    }
    return { closing, programStatus: await this.cycle.cycleClosing(actor.tenantId, programId) };
  }

  /**
   * Starts closing (idempotent: an already closing pair keeps its dates), plans the wrap-up and the
   * end survey, and sends each member the reflection card (idempotency key `closing:{pair}:{user}`).
   */
  async begin(pair: PairDocument, reason: "early" | "cycle-end", by: string): Promise<PairDocument> {
    const { repos } = this.deps;
    const now = this.now();
    const after = await retry(async () => {
      const current = await repos.pairs.getPair(pair.tenantId, pair.pairId);
      if (!current) throw notFound("This pair");
      if (current.status === "closing" || !isPairLive(current.status)) return current;
      return repos.pairs.replace(startClosing(current, reason, by, now), current._etag ?? "");
    });
    if (after.status !== "closing") return after;
    await this.setMemberships(after, "closing");
    await this.deps.projector.refreshQuietly(after.tenantId, after.pairId);
    await this.deps.planPair(after.tenantId, after.pairId);
    for (const me of after.members)
      await this.deps.sender.send({
        tenantId: after.tenantId,
        userId: me.userId,
        idempotencyKey: `closing:${after.pairId}:${me.userId}`,
        message: { card: closingReflectionCard({ pair: after, me }) },
      });
    return after;
  }

  /**
   * The planner's lifecycle step for one pair: a live pair whose program cohort has ended starts
   * closing; a closing pair whose time is up is settled. Returns the pair when it changed.
   */
  async lifecycle(snapshot: PairSnapshot, now: Date): Promise<PairDocument | undefined> {
    const { pair, program } = snapshot;
    if (pair.status === "closing")
      return now.toISOString() >= (pair.closing?.closesBy ?? "")
        ? this.settle(pair.tenantId, pair.pairId)
        : undefined;
    if (pair.status !== "active" && pair.status !== "paused") return undefined;
    const window = program ? programWindow(program) : undefined;
    if (!window || now.getTime() < window.end) return undefined;
    const after = await this.begin(pair, "cycle-end", "baton");
    await this.cycle.cycleClosing(pair.tenantId, pair.programId);
    return after;
  }

  /** Member: their own state and reflection (never the partner's). */
  async view(actor: Actor, pairId: string): Promise<ClosingView> {
    const pair = await this.deps.repos.pairs.getPair(actor.tenantId, pairId);
    requireMember(pair, actor.userId);
    const mine = await this.reflectionOf(actor.tenantId, actor.userId, pairId);
    return {
      pairId,
      status: (pair as PairDocument).status,
      closesBy: pair?.closing?.closesBy ?? null,
      reflection: mine ? { lessons: mine.lessons, choice: mine.choice, at: mine.at } : null,
    };
  }

  /** Member: records lessons and the choice while the pair is closing; settles when both chose. */
  async reflect(actor: Actor, pairId: string, body: unknown): Promise<ClosingView> {
    const pair = await this.deps.repos.pairs.getPair(actor.tenantId, pairId);
    requireMember(pair, actor.userId);
    const p = pair as PairDocument;
    requireWritable(p);
    if (p.status !== "closing")
      throw stateConflict(
        p.status === "continued-informally"
          ? "This pair is continuing informally: its choice is already made."
          : "This pair is not closing yet: lessons and the choice open when the cycle closes.",
      );
    const input = parseInput(closingReflectionInput, body);
    const at = this.now().toISOString();
    const previous = await this.reflectionOf(actor.tenantId, actor.userId, pairId);
    const doc: ClosingReflectionDocument = {
      id: closingIds.reflection(pairId),
      pk: partitionKeys.user(actor.tenantId, actor.userId),
      tenantId: actor.tenantId,
      type: "closingReflection",
      pairId,
      programId: p.programId,
      userId: actor.userId,
      lessons: input.lessons,
      choice: input.choice,
      at: previous?.at ?? at,
      updatedAt: at,
    };
    await this.deps.repos.store.upsert(doc);
    await this.settle(actor.tenantId, pairId);
    return this.view(actor, pairId);
  }

  /** Finishes a closing pair when both chose or its time is up; returns the pair as it is now. */
  async settle(tenantId: string, pairId: string): Promise<PairDocument | undefined> {
    const pair = await this.deps.repos.pairs.getPair(tenantId, pairId);
    if (!pair || pair.status !== "closing") return pair;
    const choices = await Promise.all(
      pair.members.map(async (m) => (await this.reflectionOf(tenantId, m.userId, pairId))?.choice),
    );
    const timeIsUp = this.now().toISOString() >= (pair.closing?.closesBy ?? "");
    const outcome = closingOutcome(choices, timeIsUp);
    return outcome ? this.finish(pair, outcome) : pair;
  }

  private reflectionOf(tenantId: string, userId: string, pairId: string) {
    return this.deps.repos.store.read<ClosingReflectionDocument>(
      tenantId,
      partitionKeys.user(tenantId, userId),
      closingIds.reflection(pairId),
    );
  }

  private async finish(
    pair: PairDocument,
    outcome: "closed" | "continued-informally",
  ): Promise<PairDocument> {
    const { repos } = this.deps;
    const at = this.now().toISOString();
    const after = await retry(async () => {
      const current = await repos.pairs.getPair(pair.tenantId, pair.pairId);
      if (!current || current.status !== "closing") return current ?? pair;
      return repos.pairs.replace<PairDocument>(
        { ...current, status: outcome, closedAt: at, updatedAt: at },
        current._etag ?? "",
      );
    });
    await this.setMemberships(after, after.status);
    await this.leaveProgram(after, at);
    await this.deps.projector.refreshQuietly(after.tenantId, after.pairId);
    await this.cycle.pairsSettled(after.tenantId, after.programId);
    for (const me of after.members) {
      const partner = after.members.find((m) => m.userId !== me.userId) ?? me;
      await this.deps.sender.send({
        tenantId: after.tenantId,
        userId: me.userId,
        idempotencyKey: `closed:${after.pairId}:${me.userId}`,
        message: {
          card: noticeCard(
            after.status === "continued-informally"
              ? `You and ${firstName(partner.displayName)} keep meeting informally`
              : `Your mentoring with ${firstName(partner.displayName)} is closed`,
            after.status === "continued-informally"
              ? [
                  "You both chose to carry on. Your workspace stays open to you both; the program won't send reminders for it any more.",
                ]
              : [
                  "Thank you for the time you gave each other. Your workspace stays readable for you both, and your lessons learned stay private to you.",
                ],
          ),
        },
      });
    }
    return after;
  }

  /** Off the reminder roster, seats released, and remembered so matching never proposes it again. */
  private async leaveProgram(pair: PairDocument, at: string): Promise<void> {
    const { repos } = this.deps;
    await repos.reminders.leaveRoster(pair.tenantId, pair.pairId);
    await recordEndedPair(repos.matching, pair, at);
  }

  private async setMemberships(pair: PairDocument, status: PairStatus): Promise<void> {
    const { repos } = this.deps;
    for (const m of pair.members)
      await retry(async () => {
        const pk = repos.people.pk(pair.tenantId, m.userId);
        const doc = await repos.store.read<MembershipDocument>(
          pair.tenantId,
          pk,
          documentIds.membership(pair.pairId),
        );
        if (!doc || doc.status === status) return;
        await repos.store.replace<MembershipDocument>({ ...doc, status }, doc._etag ?? "");
      });
  }
}
