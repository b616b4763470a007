import {
  documentIds,
  erasureIds,
  hourOf,
  isPastRetention,
  partitionKeys,
  peoplePartition,
  REGISTRY_TENANT,
  rhythmIds,
  rhythmKeys,
  SEND_RECORD_RETENTION_DAYS,
  type PairDocument,
  type ProgramDocument,
  type ReminderPlanDocument,
  type RhythmTenantDocument,
} from "@baton/shared";
import type { StoredDocument } from "../data/document-store";
import type { Repositories } from "../data/repositories";
import { retryOnConflict } from "../data/retry-on-conflict";
import type { Clock } from "../services/actor";

/** `retention:{programId}` in `t:{tenant}|erasures`: the program's personal data was erased then. */
interface RetentionMark extends StoredDocument {
  type: "retentionDone";
  programId: string;
  erasedAt: string;
}

/** `retention-cursor` in `t:{tenant}|erasures`: due buckets before this UTC hour are purged. */
interface RetentionCursor extends StoredDocument {
  type: "retentionCursor";
  purgedBefore: string;
}

/** Program documents that hold no person: kept when a program's personal data is erased. */
const ANONYMOUS_PROGRAM_TYPES = new Set([
  "dashboard",
  "dashboardStamp",
  "searchStamp",
  "resource",
  "playbook",
]);
const DAY_MS = 24 * 3600_000;
const MAX_BUCKET_HOURS_PER_RUN = 90 * 24;

/**
 * The daily retention job (ADR 0022): erases the personal data of closed programs past their
 * `retentionMonths` (pairs and everything in them, memberships, lessons learned, enrolments, intake,
 * matching, requests, survey answers, pair health), keeps anonymous figures (the dashboard summary and
 * pair digests, whose member ids become pseudonyms), and purges send records, delivery-queue entries
 * and due reminders older than 90 days. Every step is a delete or an idempotent rewrite, so a run
 * cut short is finished by the next one.
 */
export class RetentionJob {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly log: (m: string) => void = () => {},
  ) {}

  /** One pass over every known tenant; returns what it did. */
  async runOnce(): Promise<{ programs: number; records: number; reminders: number }> {
    const totals = { programs: 0, records: 0, reminders: 0 };
    const now = this.clock.now();
    for (const tenantId of await this.repos.reminders.tenants()) {
      for (const program of await this.repos.programs.list(tenantId)) {
        if (!isPastRetention(program, now) || (await this.mark(tenantId, program.programId))) continue;
        await this.eraseProgram(tenantId, program, now.toISOString());
        totals.programs++;
      }
      totals.records += await this.purgeSendRecords(tenantId, now);
      totals.reminders += await this.purgeDueBuckets(tenantId, now);
    }
    if (totals.programs + totals.records + totals.reminders > 0)
      this.log(
        `Retention: ${totals.programs} programs, ${totals.records} send records, ${totals.reminders} reminders.`,
      );
    return totals;
  }

  /** When the program's personal data was erased, if it was. */
  async erasedAt(tenantId: string, programId: string): Promise<string | undefined> {
    return (await this.mark(tenantId, programId))?.erasedAt;
  }

  private mark(tenantId: string, programId: string): Promise<RetentionMark | undefined> {
    return this.repos.store.read(tenantId, erasureIds.partition(tenantId), `retention:${programId}`);
  }

  private async deleteAll(tenantId: string, docs: readonly StoredDocument[]): Promise<number> {
    for (const d of docs) await this.repos.store.delete(tenantId, d.pk, d.id);
    return docs.length;
  }

  private async eraseProgram(tenantId: string, program: ProgramDocument, at: string): Promise<void> {
    const { store } = this.repos;
    const programPk = partitionKeys.program(tenantId, program.programId);
    const docs = await store.queryPartition(tenantId, programPk);
    const pairIds = new Set(
      docs.flatMap((d) => {
        const id = (d as { pairId?: unknown }).pairId;
        return typeof id === "string" ? [id] : [];
      }),
    );
    const people = new Set<string>();
    for (const pairId of pairIds) await this.erasePair(tenantId, pairId, people);
    const aliases = new Map<string, string>();
    const alias = (id: string) => {
      if (!aliases.has(id)) aliases.set(id, `former-${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`);
      return aliases.get(id)!;
    };
    for (const doc of docs) {
      const d = doc as StoredDocument & Record<string, unknown>;
      if (typeof d.userId === "string") people.add(d.userId);
      if (d.type === "dashboardPair") {
        if (String(d.menteeId).startsWith("former-")) continue;
        const anonymous = { ...d, menteeId: alias(String(d.menteeId)), mentorId: alias(String(d.mentorId)) };
        await store.replace(anonymous, d._etag ?? "");
      } else if (d.type === "resource") {
        if (d.createdByName === "A former participant") continue;
        await store.replace(
          { ...d, createdBy: "former-contributor", createdByName: "A former participant" },
          d._etag ?? "",
        );
      } else if (!ANONYMOUS_PROGRAM_TYPES.has(d.type)) await store.delete(tenantId, d.pk, d.id);
    }
    for (const userId of people) {
      await store.delete(tenantId, partitionKeys.user(tenantId, userId), `intake:${program.programId}`);
      await this.forgetProgram(tenantId, userId, program.programId);
    }
    const mark: RetentionMark = {
      id: `retention:${program.programId}`,
      pk: erasureIds.partition(tenantId),
      tenantId,
      type: "retentionDone",
      programId: program.programId,
      erasedAt: at,
    };
    await store.upsert(mark);
  }

  /** The person's profile no longer lists the erased program (a concurrent edit is re-read and retried). */
  private async forgetProgram(tenantId: string, userId: string, programId: string): Promise<void> {
    const people = this.repos.people;
    await retryOnConflict(async () => {
      const profile = await people.getProfile(tenantId, userId);
      if (!profile?.programIds.includes(programId)) return;
      const { _etag, ...body } = profile;
      await people.replaceProfile(
        { ...body, programIds: body.programIds.filter((id) => id !== programId) },
        _etag ?? "",
      );
    });
  }

  /** The pair document first (so no digest is rebuilt from a half-deleted pair), then the rest. */
  private async erasePair(tenantId: string, pairId: string, people: Set<string>): Promise<void> {
    const { store } = this.repos;
    const pairPk = partitionKeys.pair(tenantId, pairId);
    const pair = await store.read<PairDocument>(tenantId, pairPk, documentIds.pair());
    for (const m of pair?.members ?? []) {
      people.add(m.userId);
      const userPk = partitionKeys.user(tenantId, m.userId);
      await store.delete(tenantId, userPk, documentIds.membership(pairId));
      await store.delete(tenantId, userPk, `closing:${pairId}`);
    }
    if (pair) await store.delete(tenantId, pairPk, pair.id);
    await this.deleteAll(tenantId, await store.queryPartition(tenantId, pairPk));
    const plans = await store.queryPartition<ReminderPlanDocument>(
      tenantId,
      rhythmKeys.pairPlan(tenantId, pairId),
    );
    for (const plan of plans) if (plan.bucketPk) await store.delete(tenantId, plan.bucketPk, plan.reminderId);
    await this.deleteAll(tenantId, plans);
    await store.delete(tenantId, rhythmKeys.roster(tenantId), rhythmIds.rosterPair(pairId));
  }

  /** Send records (each known person's partition) and delivery-queue entries older than 90 days. */
  private async purgeSendRecords(tenantId: string, now: Date): Promise<number> {
    const { store } = this.repos;
    const cutoff = new Date(now.getTime() - SEND_RECORD_RETENTION_DAYS * DAY_MS).toISOString();
    const old = [{ name: "@cutoff", value: cutoff }];
    let purged = await this.deleteAll(
      tenantId,
      await store.queryPartition(tenantId, rhythmKeys.outbox(tenantId), "c.updatedAt < @cutoff", old),
    );
    const people = await store.queryPartition<StoredDocument & { userId: string }>(
      tenantId,
      peoplePartition(tenantId),
      "c.type = 'person'",
    );
    for (const person of people) {
      const records = await store.queryPartition(
        tenantId,
        partitionKeys.user(tenantId, person.userId),
        "c.type = 'sendRecord' AND c.updatedAt < @cutoff",
        old,
      );
      purged += await this.deleteAll(tenantId, records);
    }
    return purged;
  }

  /** Due buckets (one partition per UTC hour) older than 90 days, from where the last run stopped. */
  private async purgeDueBuckets(tenantId: string, now: Date): Promise<number> {
    const { store } = this.repos;
    const pk = erasureIds.partition(tenantId);
    const cursor = await store.read<RetentionCursor>(tenantId, pk, "retention-cursor");
    const registered = await store.read<RhythmTenantDocument>(
      REGISTRY_TENANT,
      rhythmKeys.registry(),
      rhythmIds.registryTenant(tenantId),
    );
    const cutoff = now.getTime() - SEND_RECORD_RETENTION_DAYS * DAY_MS;
    // From where the last run stopped, or a day before the tenant was registered (nothing is due earlier).
    const from = cursor
      ? Date.parse(cursor.purgedBefore)
      : Date.parse(registered?.registeredAt ?? now.toISOString()) - DAY_MS;
    let purged = 0;
    let hour = Math.floor(from / 3600_000) * 3600_000;
    // At most 90 days of buckets per run: a first run over a long history catches up day by day.
    const end = Math.min(cutoff, hour + MAX_BUCKET_HOURS_PER_RUN * 3600_000);
    for (; hour + 3600_000 <= end; hour += 3600_000) {
      const bucket = rhythmKeys.dueBucket(tenantId, hourOf(new Date(hour)));
      purged += await this.deleteAll(tenantId, await store.queryPartition(tenantId, bucket));
    }
    const next: RetentionCursor = {
      id: "retention-cursor",
      pk,
      tenantId,
      type: "retentionCursor",
      purgedBefore: new Date(Math.max(hour, from)).toISOString(),
    };
    await store.upsert(next);
    return purged;
  }
}
