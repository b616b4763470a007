import {
  botChatLink,
  isJoinable,
  notFound,
  type JoinableProgramView,
  type JoinRequestView,
  type ProgramDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { IntakeFlow } from "../features/intake/intake-flow";
import { noDirectory } from "../features/intake/directory";
import type { DeliveryQueue } from "../rhythm/delivery-queue";
import type { Actor, Clock } from "../services/actor";
import { openPrograms } from "../services/program-access";

export interface JoinFromTabDeps {
  repos: Repositories;
  clock: Clock;
  /** The durable delivery queue (ADR 0010); a getter, since the runtime is built after the routes. */
  queue: () => Pick<DeliveryQueue, "sendOrQueue">;
  botAppId: string | undefined;
}

/**
 * Joining from the tab: the programs a person may join (the same choice `join` gives in the bot), and
 * "Join" sends the intake form to their 1:1 chat with Baton through the delivery queue. The key
 * `join:{programId}:{userId}:{day}` is the one the shared join card's button uses, so pressing Join
 * in the tab and on a card the same day sends one form.
 */
export class JoinFromTab {
  private readonly flow: IntakeFlow;

  constructor(private readonly deps: JoinFromTabDeps) {
    this.flow = new IntakeFlow(deps.repos, deps.clock, noDirectory);
  }

  private today(): string {
    return this.deps.clock.now().toISOString().slice(0, 10);
  }

  /** Open programs the person is not in yet (one query of the tenant partition, two point reads per person). */
  async joinable(actor: Actor): Promise<JoinableProgramView[]> {
    const [programs, profile, intakes] = await Promise.all([
      openPrograms(this.deps.repos, actor.tenantId, this.today()),
      this.deps.repos.people.getProfile(actor.tenantId, actor.userId),
      this.deps.repos.intake.listIntakes(actor.tenantId, actor.userId),
    ]);
    const joined = new Set(profile && profile.status !== "left" ? profile.programIds : []);
    const started = new Set(intakes.filter((i) => i.mode === "join").map((i) => i.programId));
    return programs
      .filter((p) => !joined.has(p.programId))
      .map((p) => ({
        programId: p.programId,
        name: p.name,
        purpose: p.purpose,
        audience: p.audience,
        cohortStart: p.cohortStart,
        cohortEnd: p.cohortEnd ?? null,
        started: started.has(p.programId),
      }));
  }

  /** Sends (once a day per program) the intake form, starting or resuming it, to the person's 1:1 chat. */
  async join(actor: Actor, programId: string): Promise<JoinRequestView> {
    const program = /^[A-Za-z0-9_-]{1,64}$/.test(programId)
      ? await this.deps.repos.tenants.getProgram(actor.tenantId, programId)
      : undefined;
    if (!program || !this.open(program)) throw notFound("This program (it is not open for intake)");
    const card = await this.flow.join(actor, programId);
    const outcome = await this.deps.queue().sendOrQueue(
      {
        tenantId: actor.tenantId,
        userId: actor.userId,
        idempotencyKey: `join:${programId}:${actor.userId}:${this.today()}`,
        message: { card },
      },
      { kind: "other" },
    );
    return {
      programId,
      programName: program.name,
      // Only a scheduled message can be cancelled; this one is sent now or queued.
      outcome: outcome === "cancelled" ? "failed" : outcome,
      chatLink: botChatLink(this.deps.botAppId),
    };
  }

  private open(program: ProgramDocument): boolean {
    return isJoinable(program) && (!program.cohortEnd || program.cohortEnd >= this.today());
  }
}
