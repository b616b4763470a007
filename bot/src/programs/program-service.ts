import {
  createProgramInput,
  nextStatuses,
  newProgram,
  notFound,
  parseInput,
  programConsoleLink,
  programJoinLink,
  newProgramLink,
  programPeopleInput,
  programStatusInput,
  shareProgramInput,
  summaryOf,
  transitionProblem,
  updateSetupInput,
  applySetup,
  validationError,
  withStatus,
  isJoinable,
  type ProgramDocument,
  type ProgramSetupView,
  type ProgramStatus,
  type ProgramSummary,
  type ShareTargetView,
} from "@baton/shared";
import type { ProactiveOutcome, ProactiveSender } from "../bot/proactive-sender";
import { newId, type Actor, type Clock } from "../services/actor";
import { joinProgramCard } from "./program-cards";
import { assertOwner } from "./program-access";
import type { PeopleDirectory } from "./people-directory";
import type { ProgramRepository } from "./program-repository";
import type { SettingsService } from "./settings-service";
import { retryOnConflict } from "../data/retry-on-conflict";

export interface ProgramLinks {
  teamsAppId?: string;
  /** The tab's public origin (known once the server listens). */
  publicUrl: () => string;
}

export interface ProgramServiceDeps {
  programs: ProgramRepository;
  people: PeopleDirectory;
  settings: SettingsService;
  sender: ProactiveSender;
  links: ProgramLinks;
  clock: Clock;
}

/** Creating, setting up, opening and sharing programs. Every owner route 404s for anyone else. */
export class ProgramService {
  constructor(private readonly deps: ProgramServiceDeps) {}

  private get programs() {
    return this.deps.programs;
  }

  private linkOptions() {
    return {
      ...(this.deps.links.teamsAppId ? { teamsAppId: this.deps.links.teamsAppId } : {}),
      publicUrl: this.deps.links.publicUrl(),
    };
  }

  joinLink(programId: string): string {
    return programJoinLink(this.linkOptions(), programId);
  }

  consoleLink(programId: string): string {
    return programConsoleLink(this.linkOptions(), programId);
  }

  newProgramLink(): string {
    return newProgramLink(this.linkOptions());
  }

  /** POST /api/programs: a draft from the template, owned by the caller (201). */
  async create(actor: Actor, body: unknown): Promise<ProgramSetupView> {
    const input = parseInput(createProgramInput, body);
    await this.deps.settings.admitCreator(actor);
    const program = newProgram(input, {
      tenantId: actor.tenantId,
      programId: `p-${newId().slice(0, 16)}`,
      creatorId: actor.userId,
      now: this.deps.clock.now(),
    });
    const saved = await this.programs.create(program);
    return this.view(actor, saved);
  }

  /** GET /api/programs: the programs the caller runs. */
  async mine(actor: Actor): Promise<ProgramSummary[]> {
    const owned = await this.programs.listOwnedBy(actor.tenantId, actor.userId);
    return owned.map(summaryOf).sort((a, b) => a.name.localeCompare(b.name));
  }

  async setup(actor: Actor, programId: string): Promise<ProgramSetupView> {
    return this.view(actor, await assertOwner(this.programs, actor, programId));
  }

  /** PATCH setup with the ETag of the last read: a second owner's stale write is a 412, never a loss. */
  async updateSetup(actor: Actor, programId: string, body: unknown): Promise<ProgramSetupView> {
    const current = await assertOwner(this.programs, actor, programId);
    const input = parseInput(updateSetupInput, body);
    const next = applySetup(current, input, this.deps.clock.now());
    return this.view(actor, await this.programs.replace(next, input.etag));
  }

  /** Co-owners (1–10) and sponsors, picked from people Baton knows in the tenant. */
  async updatePeople(actor: Actor, programId: string, body: unknown): Promise<ProgramSetupView> {
    const current = await assertOwner(this.programs, actor, programId);
    const input = parseInput(programPeopleInput, body);
    const ownerIds = [...new Set(input.ownerIds ?? current.ownerIds)];
    const sponsorIds = [...new Set(input.sponsorIds ?? current.sponsorIds ?? [])];
    for (const [field, ids] of [
      ["ownerIds", ownerIds.filter((id) => !current.ownerIds.includes(id))],
      ["sponsorIds", sponsorIds.filter((id) => !(current.sponsorIds ?? []).includes(id))],
    ] as const) {
      const unknown = await this.deps.people.unknown(actor.tenantId, ids);
      if (unknown.length > 0)
        throw validationError(
          field,
          `${field}: Baton doesn't know ${unknown[0]} in your organisation yet. They need to open Baton or talk to the bot once.`,
        );
    }
    const next: ProgramDocument = {
      ...current,
      ownerIds,
      sponsorIds,
      updatedAt: this.deps.clock.now().toISOString(),
    };
    const saved = await this.programs.replace(next, input.etag);
    // Someone who handed the program over can no longer see it.
    return saved.ownerIds.includes(actor.userId) ? this.view(actor, saved) : this.view(actor, saved, true);
  }

  /** POST /open: draft → open, so `join` finds it. */
  open(actor: Actor, programId: string, body: unknown): Promise<ProgramSetupView> {
    const etag = (body as { etag?: unknown } | undefined)?.etag;
    return this.move(actor, programId, { to: "open", ...(typeof etag === "string" ? { etag } : {}) });
  }

  /** POST /status {to}: one lifecycle step (see `nextStatuses`). */
  async status(actor: Actor, programId: string, body: unknown): Promise<ProgramSetupView> {
    return this.move(actor, programId, parseInput(programStatusInput, body));
  }

  private async move(
    actor: Actor,
    programId: string,
    input: { to: ProgramStatus; etag?: string },
  ): Promise<ProgramSetupView> {
    // With an ETag a conflict is the caller's (412); without one the move re-reads and retries.
    const once = async (): Promise<ProgramDocument> => {
      const current = await assertOwner(this.programs, actor, programId);
      const problem = transitionProblem(current, input.to);
      if (problem) throw validationError("to", `to: ${problem}`);
      if (current.status === input.to) return current;
      const next = withStatus(current, input.to, this.deps.clock.now());
      return this.programs.replace(next, input.etag ?? current._etag ?? "");
    };
    return this.view(actor, input.etag ? await once() : await retryOnConflict(once));
  }

  /**
   * Where the owner can post the join card: group chats and channels where Baton is installed and
   * the owner is a member (known from Teams' install, member and message events).
   */
  async shareTargets(actor: Actor, programId: string): Promise<ShareTargetView[]> {
    await assertOwner(this.programs, actor, programId);
    const [refs, mine] = await Promise.all([
      this.programs.listSharedConversations(actor.tenantId),
      this.programs.memberConversationIds(actor.tenantId, actor.userId),
    ]);
    return refs
      .filter((r) => !r.deadSince && mine.has(r.conversationId))
      .map((r) => ({
        conversationId: r.conversationId,
        kind: r.scope,
        label: labelOf(r.reference, r.scope),
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  /** Posts the join card into one of those conversations, once per `requestId` (the send ledger). */
  async share(
    actor: Actor,
    programId: string,
    body: unknown,
  ): Promise<{ outcome: ProactiveOutcome; conversationId: string }> {
    const program = await assertOwner(this.programs, actor, programId);
    const input = parseInput(shareProgramInput, body);
    if (!isJoinable(program))
      throw validationError("programId", "Open the program for intake before sharing its join card.");
    const target = await this.programs.getSharedConversation(actor.tenantId, input.conversationId);
    if (!target || target.scope === "personal" || target.deadSince)
      throw validationError(
        "conversationId",
        "conversationId: Baton isn't installed in that chat or channel.",
      );
    if (!(await this.programs.memberConversationIds(actor.tenantId, actor.userId)).has(target.conversationId))
      throw validationError(
        "conversationId",
        "conversationId: you can post only in chats and channels you're in.",
      );
    const outcome = await this.deps.sender.send({
      tenantId: actor.tenantId,
      userId: actor.userId,
      idempotencyKey: `share:${program.programId}:${input.conversationId}:${input.requestId}`,
      conversation: { conversationId: target.conversationId, reference: target.reference },
      // Seen by everyone in the chat: its dates are in the poster's locale.
      message: {
        card: joinProgramCard(
          program,
          this.joinLink(program.programId),
          await this.programs.localeOf(actor.tenantId, actor.userId),
        ),
      },
    });
    if (outcome === "failed" || outcome === "blocked" || outcome === "no-reference")
      throw validationError(
        "conversationId",
        "conversationId: Teams refused the post; is Baton still in that chat?",
      );
    return { outcome, conversationId: input.conversationId };
  }

  /** GET /api/programs/:id/about: what a person of the tenant may know before joining (joinable only). */
  async about(actor: Actor, programId: string): Promise<ProgramSummary & { audience: string }> {
    const program = /^[A-Za-z0-9_-]{1,64}$/.test(programId)
      ? await this.programs.get(actor.tenantId, programId)
      : undefined;
    if (!program || !(isJoinable(program) || program.ownerIds.includes(actor.userId)))
      throw notFound("This program");
    return { ...summaryOf(program), audience: program.audience };
  }

  private async view(actor: Actor, program: ProgramDocument, handedOver = false): Promise<ProgramSetupView> {
    const [owners, sponsors] = await Promise.all([
      this.deps.people.views(actor.tenantId, program.ownerIds),
      this.deps.people.views(actor.tenantId, program.sponsorIds ?? []),
    ]);
    return {
      program: handedOver ? { ...program, _etag: "" } : program,
      owners,
      sponsors,
      nextStatuses: nextStatuses(program),
      joinLink: this.joinLink(program.programId),
      consoleLink: this.consoleLink(program.programId),
    };
  }
}

function labelOf(reference: Record<string, unknown>, scope: string): string {
  const conversation = (reference.conversation ?? {}) as { name?: unknown; id?: unknown };
  if (typeof conversation.name === "string" && conversation.name) return conversation.name;
  return scope === "team" ? "A Teams channel" : "A group chat";
}
