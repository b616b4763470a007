import { readerFor } from "../cards/reader";
import {
  closingIds,
  intakeIds,
  nextCohortInput,
  notFound,
  parseInput,
  partitionKeys,
  stateConflict,
  validationError,
  type CohortReplyDocument,
  type EnrolmentDocument,
  type PairHistoryDocument,
  type ProgramDocument,
} from "@baton/shared";
import type { ProactiveSender } from "../bot/proactive-sender";
import type { Repositories } from "../data/repositories";
import { requireOwner } from "../matching/owner-access";
import type { Actor, Clock } from "../services/actor";
import { cohortInviteCard } from "./closing-cards";
import type { PairHealthService } from "./pair-health-service";
import { retryOnConflict } from "../data/retry-on-conflict";

/**
 * The program's next cohort: new dates, and everyone who took part in a pair is asked on a card
 * whether to stay in. "Stay" keeps their enrolment for matching; "leave" pauses it (`resume` brings
 * it back). Matching keeps `pairhistory`, so no ended pair is proposed again.
 */
export class NextCohortService {
  constructor(
    private readonly repos: Repositories,
    private readonly sender: ProactiveSender,
    private readonly health: PairHealthService,
    private readonly clock: Clock,
  ) {}

  async start(
    actor: Actor,
    programId: string,
    body: unknown,
  ): Promise<{ program: ProgramDocument; asked: number }> {
    const program = await requireOwner(this.repos, actor, programId);
    const input = parseInput(nextCohortInput, body);
    if (input.cohortStart <= program.cohortStart)
      throw validationError("cohortStart", "cohortStart: the next cohort starts after the current one.");
    const { pairs } = await this.health.list(actor, programId);
    const live = pairs.filter((p) => p.state === "active" || p.state === "paused").length;
    if (live > 0)
      throw stateConflict(
        `Close the current cycle first: ${live} pair${live === 1 ? " is" : "s are"} still active.`,
      );
    const updated = await this.saveDates(actor.tenantId, program, input);
    const people = await this.participants(actor.tenantId, programId);
    const now = this.clock.now().toISOString();
    for (const userId of people) {
      const reply: CohortReplyDocument = {
        id: closingIds.cohortReply(userId),
        pk: partitionKeys.program(actor.tenantId, programId),
        tenantId: actor.tenantId,
        type: "cohortReply",
        programId,
        userId,
        cohortStart: input.cohortStart,
        answer: "asked",
        askedAt: now,
      };
      await this.repos.store.upsert(reply);
      await this.sender.send({
        tenantId: actor.tenantId,
        userId,
        idempotencyKey: `cohort:${programId}:${input.cohortStart}:${userId}`,
        message: {
          card: cohortInviteCard({
            programId,
            programName: program.name,
            cohortStart: input.cohortStart,
            locale: (await readerFor(this.repos, actor.tenantId, userId)).locale,
          }),
        },
      });
    }
    return { program: updated, asked: people.length };
  }

  private async saveDates(
    tenantId: string,
    program: ProgramDocument,
    input: { cohortStart: string; cohortEnd: string },
  ): Promise<ProgramDocument> {
    return retryOnConflict(async (attempt) => {
      const current =
        attempt === 0 ? program : await this.repos.tenants.getProgram(tenantId, program.programId);
      if (!current) throw notFound("This program");
      const { closedAt: _c, ...rest } = current;
      const next: ProgramDocument = {
        ...rest,
        cohortStart: input.cohortStart,
        cohortEnd: input.cohortEnd,
        status: current.status === "closing" || current.status === "closed" ? "open" : current.status,
      };
      return this.repos.store.replace(next, current._etag ?? "");
    });
  }

  /** People with a finished enrolment who were in at least one pair of the program. */
  private async participants(tenantId: string, programId: string): Promise<string[]> {
    const docs = await this.repos.store.queryPartition<EnrolmentDocument | PairHistoryDocument>(
      tenantId,
      partitionKeys.program(tenantId, programId),
      "c.type IN ('enrolment', 'pairHistory')",
    );
    const tookPart = new Set(docs.flatMap((d) => (d.type === "pairHistory" ? [d.menteeId, d.mentorId] : [])));
    return docs
      .filter((d): d is EnrolmentDocument => d.type === "enrolment")
      .filter((e) => e.status !== "left" && e.status !== "started" && tookPart.has(e.userId))
      .map((e) => e.userId)
      .sort();
  }

  /** A participant's answer on the card. */
  async reply(
    actor: Actor,
    programId: string,
    answer: "stay" | "leave",
  ): Promise<"stay" | "leave" | undefined> {
    const pk = partitionKeys.program(actor.tenantId, programId);
    const asked = await this.repos.store.read<CohortReplyDocument>(
      actor.tenantId,
      pk,
      closingIds.cohortReply(actor.userId),
    );
    if (!asked) return undefined;
    const now = this.clock.now().toISOString();
    const enrolled = await retryOnConflict(async () => {
      const e = await this.repos.store.read<EnrolmentDocument>(
        actor.tenantId,
        pk,
        intakeIds.enrolment(actor.userId),
      );
      if (!e) return false;
      const status = answer === "leave" ? "paused" : e.status === "paused" ? "completed" : e.status;
      const pausedFor = e.cohortPause?.cohortStart;
      if (status === e.status && (answer === "leave" ? pausedFor === asked.cohortStart : !pausedFor))
        return true;
      const { pausedUntil: _p, cohortPause: _c, ...rest } = e;
      // "Not this time" is remembered on the enrolment, so later profile edits keep it paused.
      const cohortPause = answer === "leave" ? { cohortStart: asked.cohortStart, at: now } : undefined;
      await this.repos.store.replace<EnrolmentDocument>(
        { ...rest, status, ...(cohortPause ? { cohortPause } : {}), updatedAt: now },
        e._etag ?? "",
      );
      return true;
    });
    if (!enrolled) return undefined;
    const { _etag: _e, ...reply } = asked;
    await this.repos.store.upsert<CohortReplyDocument>({ ...reply, answer, answeredAt: now });
    return answer;
  }
}
