import { isJoinable } from "@baton/shared";
import type { BotFeature, CardActionResult } from "../bot/turn";
import type { ProactiveSender } from "../bot/proactive-sender";
import { IntakeFlow } from "../features/intake/intake-flow";
import { noDirectory } from "../features/intake/directory";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { myProgramsCard } from "./program-cards";
import type { ProgramRepository } from "./program-repository";
import type { ProgramService } from "./program-service";

/**
 * `programs` (an owner's programs with status and console links) and the join card's button: in a
 * 1:1 chat it starts intake in place; in a group chat or channel it sends intake to the person's
 * 1:1 chat (once a day per program) and tells only them.
 */
export function programsFeature(deps: {
  repos: Repositories;
  programs: ProgramRepository;
  service: ProgramService;
  sender: ProactiveSender;
  clock: Clock;
}): BotFeature {
  const flow = new IntakeFlow(deps.repos, deps.clock, noDirectory);
  const join = async (turn: Parameters<NonNullable<BotFeature["cardActions"]>[string]>[0]) => {
    const programId = String(turn.data.programId ?? "");
    if (turn.conversationType === "personal")
      return { card: await flow.join(turn.actor, programId) } satisfies CardActionResult;
    const program = /^[A-Za-z0-9_-]{1,64}$/.test(programId)
      ? await deps.programs.get(turn.actor.tenantId, programId)
      : undefined;
    if (!program || !isJoinable(program))
      return { message: "That program is not open for intake any more." } satisfies CardActionResult;
    const outcome = await deps.sender.send({
      tenantId: turn.actor.tenantId,
      userId: turn.actor.userId,
      idempotencyKey: `join:${programId}:${turn.actor.userId}:${deps.clock.now().toISOString().slice(0, 10)}`,
      message: { card: await flow.join(turn.actor, programId) },
    });
    return {
      message:
        outcome === "sent" || outcome === "duplicate"
          ? `I've sent you the first question in your chat with Baton. Joining ${program.name} takes about two minutes.`
          : `Open your 1:1 chat with Baton and type join to take part in ${program.name}.`,
    } satisfies CardActionResult;
  };
  return {
    commands: {
      programs: async (turn) => {
        const owned = await deps.programs.listOwnedBy(turn.actor.tenantId, turn.actor.userId);
        await turn.send({
          card: myProgramsCard(owned, {
            console: (id) => deps.service.consoleLink(id),
            newProgram: deps.service.newProgramLink(),
          }),
        });
      },
    },
    cardActions: { "programs.join": join },
  };
}
