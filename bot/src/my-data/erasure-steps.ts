import {
  documentIds,
  partitionKeys,
  peoplePartition,
  planDocument,
  rhythmKeys,
  type ErasureStep,
  type ErasureSubject,
  type MembershipDocument,
  type PairDocument,
  type ReminderPlanDocument,
} from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { StoredDocument } from "../data/document-store";
import type { Repositories } from "../data/repositories";
import type { OutgoingMessage } from "../bot/turn";
import type { OutboxPurpose } from "@baton/shared";
import type { ProactiveMessage } from "../bot/proactive-sender";
import { noticeCard } from "../features/matching/matching-cards";
import { auditPartition } from "./audit-log";
import { MyDataReader } from "./my-data-reader";

/** What the erasure steps need from the rest of the server. */
export interface ErasureDeps {
  repos: Repositories;
  /** Ends a live pair without fault for both (the chemistry check's path): status, seats, history. */
  endPair: (pair: PairDocument, at: string) => Promise<void>;
  /** The delivery queue: the partner's kind message is queued and retried, never lost. */
  tell: (m: ProactiveMessage, purpose: OutboxPurpose) => Promise<unknown>;
  /** After a pair's documents change: refresh its status projection (pair health). */
  pairChanged?: (tenantId: string, pairId: string) => Promise<void>;
  /** The people directory forgets its in-process memory of the person. */
  forget?: (tenantId: string, userId: string) => void;
}

const LIVE = new Set(["active", "paused", "closing", "continued-informally"]);

/** What the partner of an erased person is told: kind, no name, no reason. */
export function partnerNotice(role: "mentor" | "mentee"): OutgoingMessage {
  return {
    card: noticeCard(
      "Your mentoring match has ended",
      role === "mentee"
        ? "Your mentor has left Baton, so this match has ended. It's nobody's fault. Your goals and notes stay with you, and we'll find you a new mentor soon."
        : "Your mentee has left Baton, so this match has ended. It's nobody's fault. Thank you for your time; your place is free for someone new.",
    ),
  };
}

/** The erasure's steps (`ERASURE_STEPS`), each safe to run again from the start. */
export class ErasureSteps {
  private readonly reader: MyDataReader;

  constructor(private readonly deps: ErasureDeps) {
    this.reader = new MyDataReader(deps.repos);
  }

  async run(step: ErasureStep, tenantId: string, subject: ErasureSubject, at: string): Promise<void> {
    switch (step) {
      case "end-pairs":
        return this.endPairs(tenantId, subject, at);
      case "pairs":
        return this.pairs(tenantId, subject);
      case "reports":
        return this.reports(tenantId, subject);
      case "programs":
        return this.programs(tenantId, subject);
      case "tenant":
        return this.tenant(tenantId, subject);
      case "user":
        return this.user(tenantId, subject);
    }
  }

  /** Applies the plan to each document; a conflict re-reads that document and plans it again. */
  async apply(tenantId: string, docs: readonly StoredDocument[], subject: ErasureSubject): Promise<number> {
    const { store } = this.deps.repos;
    let changed = 0;
    for (const first of docs) {
      let doc: StoredDocument | undefined = first;
      for (let attempt = 0; doc && attempt < 5; attempt++) {
        const fate = planDocument(doc, subject);
        try {
          if (fate.action === "delete") await store.delete(tenantId, doc.pk, doc.id);
          else if (fate.action === "replace") await store.replace(fate.doc, doc._etag ?? "");
          if (fate.action !== "keep") changed++;
          break;
        } catch (error) {
          if (!isConflict(error)) throw error;
          doc = await store.read(tenantId, doc.pk, doc.id);
        }
      }
    }
    return changed;
  }

  private async memberships(tenantId: string, userId: string): Promise<MembershipDocument[]> {
    const own = await this.reader.own(tenantId, userId);
    return own.filter((d) => d.type === "membership") as unknown as MembershipDocument[];
  }

  private async endPairs(tenantId: string, subject: ErasureSubject, at: string): Promise<void> {
    for (const m of await this.memberships(tenantId, subject.userId)) {
      const pair = await this.deps.repos.pairs.getPair(tenantId, m.pairId);
      const me = pair?.members.find((x) => x.userId === subject.userId);
      if (!pair || !me) continue;
      const partner = pair.members.find((x) => x.userId !== subject.userId);
      if (LIVE.has(pair.status)) await this.deps.endPair(pair, at);
      // Told once (the key), also when a crash came between the end and this message.
      if (partner && (LIVE.has(pair.status) || pair.status === "ended"))
        await this.deps.tell(
          {
            tenantId,
            userId: partner.userId,
            idempotencyKey: `partner-left:${pair.pairId}:${partner.userId}`,
            message: partnerNotice(partner.role),
          },
          { kind: "other" },
        );
    }
  }

  private async pairs(tenantId: string, subject: ErasureSubject): Promise<void> {
    const { store } = this.deps.repos;
    for (const m of await this.memberships(tenantId, subject.userId)) {
      await this.apply(tenantId, await this.reader.pair(tenantId, m.pairId), subject);
      const plans = await store.queryPartition<ReminderPlanDocument>(
        tenantId,
        rhythmKeys.pairPlan(tenantId, m.pairId),
      );
      for (const plan of plans) {
        if (plan.type !== "reminderPlan") continue;
        const reminder = await store.read(tenantId, plan.bucketPk, plan.reminderId);
        if (reminder) await this.apply(tenantId, [reminder], subject);
      }
      await this.apply(tenantId, plans, subject);
      // The partner's index entry names the erased person (partnerId, partnerName).
      if (m.partnerId !== subject.userId) {
        const theirs = await store.read(
          tenantId,
          partitionKeys.user(tenantId, m.partnerId),
          documentIds.membership(m.pairId),
        );
        if (theirs) await this.apply(tenantId, [theirs], subject);
      }
      await this.deps.pairChanged?.(tenantId, m.pairId);
    }
  }

  /** Profiles and intakes of people whose manager or reporting line is the erased person. */
  private async reports(tenantId: string, subject: ErasureSubject): Promise<void> {
    const { store } = this.deps.repos;
    const reports = new Set<string>();
    for (const program of await this.reader.programs(tenantId)) {
      const found = await store.queryPartition<StoredDocument & { userId: string }>(
        tenantId,
        partitionKeys.program(tenantId, program.programId),
        "c.type = 'enrolment' AND (c.managerId = @u OR ARRAY_CONTAINS(c.reportingLine, @u))",
        [{ name: "@u", value: subject.userId }],
      );
      for (const e of found) if (e.userId !== subject.userId) reports.add(e.userId);
    }
    for (const userId of reports) {
      const docs = await store.queryPartition(
        tenantId,
        partitionKeys.user(tenantId, userId),
        "c.type IN ('profile', 'intake')",
      );
      await this.apply(tenantId, docs, subject);
    }
  }

  /** Every program partition: enrolments, matching, requests, survey answers, pair health, digests. */
  private async programs(tenantId: string, subject: ErasureSubject): Promise<void> {
    const { store } = this.deps.repos;
    for (const program of await this.reader.programs(tenantId)) {
      const docs = await store.queryPartition(tenantId, partitionKeys.program(tenantId, program.programId));
      await this.apply(tenantId, docs, subject);
    }
  }

  /** Programs' owners and sponsors, settings, chat links, channel tabs; the people directory; outbox; audit. */
  private async tenant(tenantId: string, subject: ErasureSubject): Promise<void> {
    const { store } = this.deps.repos;
    for (const pk of [
      partitionKeys.tenant(tenantId),
      rhythmKeys.outbox(tenantId),
      auditPartition(tenantId),
      peoplePartition(tenantId),
    ]) {
      const where = pk === peoplePartition(tenantId) ? "c.userId = @u" : "true";
      const params = where === "true" ? [] : [{ name: "@u", value: subject.userId }];
      const docs = await store.queryPartition(tenantId, pk, where, params);
      await this.apply(tenantId, docs, subject);
    }
    this.deps.forget?.(tenantId, subject.userId);
  }

  /** Everything in the person's own partition, last. */
  private async user(tenantId: string, subject: ErasureSubject): Promise<void> {
    await this.apply(tenantId, await this.reader.own(tenantId, subject.userId), subject);
    this.deps.forget?.(tenantId, subject.userId);
  }
}
