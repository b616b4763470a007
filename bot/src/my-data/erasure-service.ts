import {
  ERASURE_STEPS,
  erasureIds,
  nextErasureStep,
  type ErasureDocument,
  type ErasureView,
} from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { ErasureSteps, type ErasureDeps } from "./erasure-steps";
import { MyDataReader } from "./my-data-reader";

export interface ErasureOptions {
  /** How long a claimed erasure is this instance's (renewed after each step). Default 60 s. */
  leaseMs?: number;
  /** Tests only: stop (and hold the lease) after this step, as if the process died there. */
  haltAfter?: string;
  owner?: string;
}

const view = (doc: ErasureDocument): ErasureView => ({
  status: doc.status,
  stepsDone: doc.stepsDone.length,
  steps: ERASURE_STEPS.length,
});

/**
 * Erasure as a durable job: `start` writes `erasure:{userId}` (in `t:{tenant}|erasures`) and runs its
 * steps; each finished step is recorded with the document's ETag, under a lease, so one instance runs
 * it at a time and a restart (`resumeAll`) finishes what a crash left. Idempotent: erasing an erased
 * person does nothing; a person who came back (a new profile) is erased again. See ADR 0022.
 */
export class ErasureService {
  private readonly steps: ErasureSteps;
  private readonly reader: MyDataReader;
  private readonly owner: string;
  private readonly running = new Map<string, Promise<ErasureDocument | undefined>>();

  constructor(
    private readonly deps: ErasureDeps & { repos: Repositories },
    private readonly clock: Clock,
    private readonly options: ErasureOptions = {},
    private readonly log: (m: string) => void = () => {},
  ) {
    this.steps = new ErasureSteps(deps);
    this.reader = new MyDataReader(deps.repos);
    this.owner = options.owner ?? `erasure-${crypto.randomUUID().slice(0, 8)}`;
  }

  read(tenantId: string, userId: string): Promise<ErasureDocument | undefined> {
    return this.deps.repos.store.read(tenantId, erasureIds.partition(tenantId), erasureIds.erasure(userId));
  }

  /** True when the person was erased and has not come back (no profile since). */
  async isErased(tenantId: string, userId: string): Promise<boolean> {
    const [erasure, profile] = await Promise.all([
      this.read(tenantId, userId),
      this.deps.repos.people.getProfile(tenantId, userId),
    ]);
    return erasure?.status === "done" && !profile;
  }

  /** True while an erasure runs, and after it until the person comes back: nothing may re-add them. */
  async isForgotten(tenantId: string, userId: string): Promise<boolean> {
    const erasure = await this.read(tenantId, userId);
    if (!erasure) return false;
    return erasure.status === "running" || !(await this.deps.repos.people.getProfile(tenantId, userId));
  }

  /** The names Baton knows the person by: token, profile, people directory, pair members. */
  private async namesOf(tenantId: string, userId: string, tokenName?: string): Promise<string[]> {
    const own = await this.reader.own(tenantId, userId);
    const person = (await this.reader.person(tenantId, userId)) as { displayName?: string } | undefined;
    const profile = own.find((d) => d.type === "profile") as { displayName?: string } | undefined;
    const names = [tokenName, profile?.displayName, person?.displayName];
    for (const pairId of this.reader.pairIds(own)) {
      const pair = await this.deps.repos.pairs.getPair(tenantId, pairId);
      names.push(pair?.members.find((m) => m.userId === userId)?.displayName);
    }
    return [...new Set(names.filter((n): n is string => Boolean(n) && n !== userId))];
  }

  /**
   * Starts (or continues) the erasure of `userId` and waits up to `waitMs` for it: `done` or
   * `running` (the job goes on in the background and after a restart).
   */
  async start(
    tenantId: string,
    userId: string,
    requestedBy: ErasureDocument["requestedBy"],
    opts: { tokenName?: string; waitMs?: number } = {},
  ): Promise<ErasureView> {
    const { store, reminders } = this.deps.repos;
    const now = this.clock.now().toISOString();
    await reminders.registerTenant(tenantId, now);
    let doc = await this.read(tenantId, userId);
    const cameBack = doc?.status === "done" && (await this.reader.own(tenantId, userId)).length > 0;
    if (!doc || cameBack) {
      const fresh: ErasureDocument = {
        id: erasureIds.erasure(userId),
        pk: erasureIds.partition(tenantId),
        tenantId,
        type: "erasure",
        userId,
        pseudonymId: `former-${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`,
        names: await this.namesOf(tenantId, userId, opts.tokenName),
        requestedBy,
        requestedAt: now,
        stepsDone: [],
        status: "running",
      };
      try {
        doc = doc ? await store.replace(fresh, doc._etag ?? "") : await store.create(fresh);
      } catch (error) {
        if (!isConflict(error)) throw error;
        doc = await this.read(tenantId, userId);
      }
    }
    if (!doc || doc.status === "done") return view(doc!);
    const job = this.kick(tenantId, userId);
    const waited = await Promise.race([
      job,
      new Promise<undefined>((r) => setTimeout(() => r(undefined), opts.waitMs ?? 4000).unref()),
    ]);
    return view(waited ?? (await this.read(tenantId, userId)) ?? doc);
  }

  /** Runs the job once in this process (a second call joins the first). */
  private kick(tenantId: string, userId: string): Promise<ErasureDocument | undefined> {
    const key = `${tenantId}|${userId}`;
    const existing = this.running.get(key);
    if (existing) return existing;
    const job = this.run(tenantId, userId)
      .catch((error: unknown) => {
        this.log(`Erasure failed for now (it resumes later): ${error}`);
        return undefined;
      })
      .finally(() => this.running.delete(key));
    this.running.set(key, job);
    return job;
  }

  /** Claims the erasure (a free or expired lease) and runs its remaining steps. */
  private async run(tenantId: string, userId: string): Promise<ErasureDocument | undefined> {
    const { store } = this.deps.repos;
    const leaseMs = this.options.leaseMs ?? 60_000;
    let doc = await this.read(tenantId, userId);
    for (;;) {
      if (!doc || doc.status === "done") return doc;
      const now = this.clock.now();
      if (
        doc.leaseOwner &&
        doc.leaseOwner !== this.owner &&
        doc.leaseUntil &&
        Date.parse(doc.leaseUntil) > now.getTime()
      )
        return doc;
      const step = nextErasureStep(doc);
      const leased: ErasureDocument = {
        ...doc,
        leaseOwner: this.owner,
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      };
      try {
        doc = await store.replace(leased, doc._etag ?? "");
      } catch (error) {
        if (isConflict(error)) return this.read(tenantId, userId);
        throw error;
      }
      if (!step) return this.finish(doc);
      await this.steps.run(
        step,
        tenantId,
        { userId, names: doc.names, pseudonymId: doc.pseudonymId },
        now.toISOString(),
      );
      if (this.options.haltAfter === step) {
        this.log(`Erasure halted after ${step} (test hook).`);
        return new Promise(() => {});
      }
      try {
        doc = await store.replace({ ...doc, stepsDone: [...doc.stepsDone, step] }, doc._etag ?? "");
      } catch (error) {
        if (isConflict(error)) return this.read(tenantId, userId);
        throw error;
      }
    }
  }

  private async finish(doc: ErasureDocument): Promise<ErasureDocument> {
    const { leaseOwner: _o, leaseUntil: _u, ...rest } = doc;
    const done: ErasureDocument = {
      ...rest,
      names: [],
      status: "done",
      finishedAt: this.clock.now().toISOString(),
    };
    return this.deps.repos.store.replace(done, doc._etag ?? "");
  }

  /** Finishes every unfinished erasure of every known tenant (at start, then now and then). */
  async resumeAll(): Promise<number> {
    let resumed = 0;
    for (const tenantId of await this.deps.repos.reminders.tenants()) {
      const open = await this.deps.repos.store.queryPartition<ErasureDocument>(
        tenantId,
        erasureIds.partition(tenantId),
        "c.type = 'erasure' AND c.status = 'running'",
      );
      for (const doc of open) {
        await this.kick(tenantId, doc.userId);
        resumed++;
      }
    }
    return resumed;
  }
}
