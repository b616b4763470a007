import type { CloudAdapter } from "botbuilder";
import type { BackoffPolicy } from "@baton/shared";
import { createTeamsProactiveSender } from "../bot/teams-proactive-sender";
import type { Repositories } from "../data/repositories";
import type { ChemistryCheckContent } from "../features/check-in/reminder-card";
import type { Logger } from "../observability/logger";
import type { Clock } from "../services/actor";
import { DeliveryQueue } from "./delivery-queue";
import { Dispatcher, type TickStats } from "./dispatcher";
import { Planner, type PlannerOptions } from "./planner";
import type { Timer } from "./rate-limiter";
import { teamsLimits, type ReliableSender, type SenderLimits } from "./reliable-sender";
import { SharedTenantBudget } from "./tenant-budget";

export interface RhythmOptions {
  /** Run the planner and ticks on timers (off by default; tests drive `runOnce`). */
  autoStart?: boolean;
  tickMs?: number;
  planMs?: number;
  owner?: string;
  leaseMs?: number;
  lookbackHours?: number;
  concurrency?: number;
  timer?: Timer;
  limits?: SenderLimits;
  backoff?: BackoffPolicy;
  random?: () => number;
  /** Content of the chemistry check (the matching feature); without it no chemistry check is planned. */
  chemistryCheck?: ChemistryCheckContent;
  /** A pair's lifecycle step before planning (closing at cohort end); see PlannerOptions. */
  lifecycle?: PlannerOptions["lifecycle"];
  /**
   * Share each tenant's rate with the other instances through Cosmos DB (ADR 0024). Default: on, unless a
   * fake `timer` is given (tests that fast-forward time keep the in-memory limiter).
   */
  sharedRate?: boolean;
  /** Structured logs of the sender, dispatcher and delivery queue (correlation ids per message); default none. */
  logger?: Logger;
}

/** The scheduler of one server instance: planner, dispatcher and the proactive sender they share. */
export class RhythmRuntime {
  readonly sender: ReliableSender;
  /** Messages that matter (introductions, mentor requests) go through here: retried later, never lost. */
  readonly queue: DeliveryQueue;
  readonly planner: Planner;
  readonly dispatcher: Dispatcher;
  /** The shared tenant schedule, when on. */
  readonly budget?: SharedTenantBudget;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> = Promise.resolve();
  private lastDrain = -Infinity;

  constructor(
    repos: Repositories,
    clock: Clock,
    adapter: CloudAdapter,
    appId: string,
    private readonly options: RhythmOptions = {},
    private readonly log: (m: string) => void = () => {},
  ) {
    const owner = options.owner ?? `baton-${crypto.randomUUID().slice(0, 8)}`;
    const lookbackHours = options.lookbackHours ?? 2;
    if (options.sharedRate ?? !options.timer) {
      const tenant = (options.limits ?? teamsLimits).tenant;
      this.budget = new SharedTenantBudget(repos.store, {
        owner,
        limit: tenant.limit,
        windowMs: tenant.windowMs,
        ...(options.timer ? { timer: options.timer } : {}),
      });
    }
    this.sender = createTeamsProactiveSender(adapter, appId, repos, clock, {
      owner,
      ...(this.budget ? { tenantBudget: this.budget } : {}),
      ...(options.timer ? { timer: options.timer } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.backoff ? { backoff: options.backoff } : {}),
      ...(options.random ? { random: options.random } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    this.queue = new DeliveryQueue(repos, this.sender, clock, owner, options.logger);
    this.planner = new Planner(repos, clock, {
      lookbackHours,
      chemistryCheck: Boolean(options.chemistryCheck),
      concurrency: 8,
      ...(options.lifecycle ? { lifecycle: options.lifecycle } : {}),
    });
    this.dispatcher = new Dispatcher(repos, clock, this.sender, {
      owner,
      leaseMs: options.leaseMs ?? 5 * 60_000,
      lookbackHours,
      concurrency: options.concurrency ?? 16,
      ...(options.chemistryCheck ? { chemistryCheck: options.chemistryCheck } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
  }

  plan(): Promise<number> {
    return this.planner.planAll();
  }

  /** Sends due reminders; the delivery queue is drained too, at most every 20 s (one query per tenant). */
  async tick(): Promise<TickStats> {
    const stats = await this.dispatcher.tick();
    if (performance.now() - this.lastDrain >= 20_000) {
      this.lastDrain = performance.now();
      await this.queue.drain();
    }
    return stats;
  }

  /** Plan, then send what is due now. */
  async runOnce(): Promise<TickStats> {
    await this.plan();
    return this.tick();
  }

  start(): void {
    if (!this.options.autoStart || this.timers.length > 0) return;
    const serial = (what: string, run: () => Promise<unknown>) => () => {
      this.running = this.running.then(run).catch((e: unknown) => this.log(`Rhythm ${what} failed: ${e}`));
    };
    const plan = serial("planning", () => this.plan());
    const tick = serial("tick", () => this.tick());
    plan();
    tick();
    this.timers.push(
      setInterval(plan, this.options.planMs ?? 5 * 60_000),
      setInterval(tick, this.options.tickMs ?? 30_000),
    );
    for (const t of this.timers) t.unref();
  }

  /** Stops the timers and any tick in progress before its next send. */
  async stop(): Promise<void> {
    this.dispatcher.halt();
    this.sender.halt();
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.running;
  }
}
