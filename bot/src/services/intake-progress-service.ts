import { intakeProgress, notFound, type IntakeProgressView } from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { systemClock, type Actor, type Clock } from "./actor";

/** Intake progress for a program's owners: one point read and one single-partition query. */
export class IntakeProgressService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock = systemClock,
  ) {}

  async view(actor: Actor, programId: string): Promise<IntakeProgressView> {
    const program = await this.repos.tenants.getProgram(actor.tenantId, programId);
    // Not an owner: the program "does not exist" for them, so its existence is not revealed.
    if (!program || !program.ownerIds.includes(actor.userId)) throw notFound("This program");
    const enrolments = await this.repos.intake.listEnrolments(actor.tenantId, programId);
    return intakeProgress(program, enrolments, this.clock.now());
  }
}
