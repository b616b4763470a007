import type { CloudAdapter } from "botbuilder";
import type { BackoffPolicy } from "@baton/shared";
import { createTeamsProactiveSender } from "../bot/teams-proactive-sender";
import type { Repositories } from "../data/repositories";
import type { ChemistryCheckContent } from "../features/check-in/reminder-card";
import type { Clock } from "../services/actor";
import { DeliveryQueue } from "./delivery-queue";
import { Dispatcher, type TickStats } from "./dispatcher";
import { Planner } from "./planner";
import type { Timer } from "./rate-limiter";
import type { ReliableSender, SenderLimits } from "./reliable-sender";

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
}

/** The scheduler of one server instance: planner, dispatcher and the proactive sender they share. */
export class RhythmRuntime {
  readonly sender: ReliableSender;
  /** Messages that matter (introductions, mentor requests) go through here: retried later, never lost. */
  readonly queue: DeliveryQueue;
  readonly planner: Planner;
  readonly dispatcher: Dispatcher;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> = Promise.resolve();

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
    this.sender = createTeamsProactiveSender(adapter, appId, repos, clock, {
      owner,
      ...(options.timer ? { timer: options.timer } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.backoff ? { backoff: options.backoff } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
    this.queue = new DeliveryQueue(repos, this.sender, clock, owner);
    this.planner = new Planner(repos, clock, {
      lookbackHours,
      chemistryCheck: Boolean(options.chemistryCheck),
      concurrency: 8,
    });
    this.dispatcher = new Dispatcher(repos, clock, this.sender, {
      owner,
      leaseMs: options.leaseMs ?? 5 * 60_000,
      lookbackHours,
      concurrency: options.concurrency ?? 16,
      ...(options.chemistryCheck ? { chemistryCheck: options.chemistryCheck } : {}),
    });
  }

  plan(): Promise<number> {
    return this.planner.planAll();
  }

  async tick(): Promise<TickStats> {
    const stats = await this.dispatcher.tick();
    await this.queue.drain();
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
