import {
  confirmAgreement,
  confirmAgreementInput,
  createActionItemInput,
  createGoalInput,
  createPrivateNoteInput,
  createSessionInput,
  agendaTemplatesOf,
  documentIds,
  editAgreement,
  notFound,
  parseInput,
  patchGoalInput,
  patchMilestoneInput,
  readerReasons,
  requireMember,
  requireWritable,
  updateActionItemInput,
  updateAgreementInput,
  updateGoalInput,
  updatePrivateNoteInput,
  updateSessionInput,
  validationError,
  type ActionItemDocument,
  type AgreementDocument,
  type GoalDocument,
  type PairDocument,
  type PairWorkspaceView,
  type PrivateNoteDocument,
  type SessionDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { newId, systemClock, type Actor, type Clock } from "./actor";
import { PairItemRemoval } from "./pair-item-removal";

/** The pair workspace: every call checks membership first and validates input before any write. */
export class PairWorkspaceService {
  /** Deleting and restoring goals, milestones, action items, sessions and one's own notes. */
  readonly removal: PairItemRemoval;

  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock = systemClock,
  ) {
    this.removal = new PairItemRemoval(repos, clock);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  /** The pair, for a write: members only (404 otherwise), and never a closed or ended pair (409). */
  private async memberPair(actor: Actor, pairId: string): Promise<PairDocument> {
    const pair = await this.repos.pairs.getPair(actor.tenantId, pairId);
    requireMember(pair, actor.userId);
    requireWritable(pair as PairDocument);
    return pair as PairDocument;
  }

  /** A `sessionId` in a body must name one of this pair's sessions (400 naming the field otherwise). */
  private async requireSession(actor: Actor, pairId: string, sessionId: string | undefined): Promise<void> {
    if (sessionId === undefined) return;
    const session = await this.repos.pairs.read<SessionDocument>(
      actor.tenantId,
      pairId,
      documentIds.session(sessionId),
    );
    if (!session) throw validationError("sessionId", "sessionId: there is no such session in this pair.");
  }

  private base(actor: Actor, pairId: string, id: string) {
    return { id, pk: this.repos.pairs.pk(actor.tenantId, pairId), tenantId: actor.tenantId, pairId };
  }

  async view(actor: Actor, pairId: string): Promise<PairWorkspaceView> {
    const space = await this.repos.pairs.load(actor.tenantId, pairId, actor.userId);
    const me = requireMember(space?.pair, actor.userId);
    if (!space) throw notFound("This pair");
    const program = await this.repos.tenants.getProgram(actor.tenantId, space.pair.programId);
    const partner = space.pair.members.find((m) => m.userId !== me.userId);
    const facts = space.pair.matchFacts;
    const pair = facts
      ? {
          ...space.pair,
          matchReasons: readerReasons(facts, me.role, (partner?.displayName ?? "").split(/\s+/)[0] ?? ""),
        }
      : space.pair;
    return {
      me,
      ...space,
      pair,
      programName: program?.name ?? "",
      agendaTemplates: agendaTemplatesOf(program),
      skills: program?.skills ?? [],
    };
  }

  async updateAgreement(actor: Actor, pairId: string, body: unknown): Promise<AgreementDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(updateAgreementInput, body);
    const current = await this.repos.pairs.read<AgreementDocument>(
      actor.tenantId,
      pairId,
      documentIds.agreement(),
    );
    if (!current) throw notFound("The agreement");
    const next = editAgreement(current, input.terms, actor.userId, this.now());
    if (next === current) return current;
    return this.repos.pairs.replace(next, input.etag);
  }

  async confirmAgreement(actor: Actor, pairId: string, body: unknown): Promise<AgreementDocument> {
    const pair = await this.memberPair(actor, pairId);
    const input = parseInput(confirmAgreementInput, body);
    const current = await this.repos.pairs.read<AgreementDocument>(
      actor.tenantId,
      pairId,
      documentIds.agreement(),
    );
    if (!current) throw notFound("The agreement");
    const memberIds = pair.members.map((m) => m.userId);
    const next = confirmAgreement(current, memberIds, actor.userId, this.now());
    if (next === current) return current;
    return this.repos.pairs.replace(next, input.etag);
  }

  async createGoal(actor: Actor, pairId: string, body: unknown): Promise<GoalDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(createGoalInput, body);
    const goalId = newId();
    const now = this.now();
    return this.repos.pairs.create<GoalDocument>({
      ...this.base(actor, pairId, documentIds.goal(goalId)),
      type: "goal",
      goalId,
      title: input.title,
      description: input.description,
      ...(input.targetDate ? { targetDate: input.targetDate } : {}),
      milestones: input.milestones.map((m) => ({
        milestoneId: m.milestoneId ?? newId(),
        title: m.title,
        ...(m.targetDate ? { targetDate: m.targetDate } : {}),
        done: m.done,
        ...(m.done ? { doneAt: now } : {}),
      })),
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
  }

  async updateGoal(actor: Actor, pairId: string, goalId: string, body: unknown): Promise<GoalDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(updateGoalInput, body);
    const current = await this.repos.pairs.read<GoalDocument>(
      actor.tenantId,
      pairId,
      documentIds.goal(goalId),
    );
    if (!current) throw notFound("This goal");
    const now = this.now();
    const previous = new Map(current.milestones.map((m) => [m.milestoneId, m]));
    const { targetDate: _old, ...rest } = current;
    return this.repos.pairs.replace<GoalDocument>(
      {
        ...rest,
        title: input.title,
        description: input.description,
        ...(input.targetDate ? { targetDate: input.targetDate } : {}),
        milestones: input.milestones.map((m) => {
          const before = m.milestoneId ? previous.get(m.milestoneId) : undefined;
          const doneAt = m.done ? (before?.done ? before.doneAt : now) : undefined;
          return {
            milestoneId: m.milestoneId ?? newId(),
            title: m.title,
            ...(m.targetDate ? { targetDate: m.targetDate } : {}),
            done: m.done,
            ...(doneAt ? { doneAt } : {}),
          };
        }),
        updatedAt: now,
      },
      input.etag,
    );
  }

  /** Corrects a goal's title, description or target date (`null` clears it) under its ETag. */
  async patchGoal(actor: Actor, pairId: string, goalId: string, body: unknown): Promise<GoalDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(patchGoalInput, body);
    const current = await this.repos.pairs.read<GoalDocument>(
      actor.tenantId,
      pairId,
      documentIds.goal(goalId),
    );
    if (!current) throw notFound("This goal");
    const { targetDate: oldTarget, ...rest } = current;
    const targetDate = input.targetDate === null ? undefined : (input.targetDate ?? oldTarget);
    return this.repos.pairs.replace<GoalDocument>(
      {
        ...rest,
        title: input.title ?? current.title,
        description: input.description ?? current.description,
        ...(targetDate ? { targetDate } : {}),
        updatedAt: this.now(),
      },
      input.etag,
    );
  }

  /** Corrects or ticks one milestone; the ETag is its goal's. */
  async patchMilestone(
    actor: Actor,
    pairId: string,
    goalId: string,
    milestoneId: string,
    body: unknown,
  ): Promise<GoalDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(patchMilestoneInput, body);
    const current = await this.repos.pairs.read<GoalDocument>(
      actor.tenantId,
      pairId,
      documentIds.goal(goalId),
    );
    if (!current) throw notFound("This goal");
    if (!current.milestones.some((m) => m.milestoneId === milestoneId)) throw notFound("This milestone");
    const now = this.now();
    const milestones = current.milestones.map((m) => {
      if (m.milestoneId !== milestoneId) return m;
      const { targetDate: oldTarget, doneAt: oldDoneAt, ...rest } = m;
      const targetDate = input.targetDate === null ? undefined : (input.targetDate ?? oldTarget);
      const done = input.done ?? m.done;
      const doneAt = done ? (m.done ? oldDoneAt : now) : undefined;
      return {
        ...rest,
        title: input.title ?? m.title,
        ...(targetDate ? { targetDate } : {}),
        done,
        ...(doneAt ? { doneAt } : {}),
      };
    });
    return this.repos.pairs.replace<GoalDocument>({ ...current, milestones, updatedAt: now }, input.etag);
  }

  /** Creates an action item (REST, or a chat message turned into one: `source` "message"). */
  async createActionItem(
    actor: Actor,
    pairId: string,
    body: unknown,
    source: ActionItemDocument["source"] = "tab",
  ): Promise<ActionItemDocument> {
    const pair = await this.memberPair(actor, pairId);
    const input = parseInput(createActionItemInput, body);
    if (!pair.members.some((m) => m.userId === input.ownerId))
      throw validationError("ownerId", "ownerId: the owner must be one of the pair.");
    await this.requireSession(actor, pairId, input.sessionId);
    const actionItemId = newId();
    const now = this.now();
    return this.repos.pairs.create<ActionItemDocument>({
      ...this.base(actor, pairId, documentIds.actionItem(actionItemId)),
      type: "actionItem",
      actionItemId,
      title: input.title,
      ...(input.description ? { description: input.description } : {}),
      ownerId: input.ownerId,
      ...(input.dueDate ? { dueDate: input.dueDate } : {}),
      ...(input.sessionId ? { sessionId: input.sessionId } : {}),
      done: false,
      source,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
  }

  async updateActionItem(
    actor: Actor,
    pairId: string,
    actionItemId: string,
    body: unknown,
  ): Promise<ActionItemDocument> {
    const pair = await this.memberPair(actor, pairId);
    const input = parseInput(updateActionItemInput, body);
    const current = await this.repos.pairs.read<ActionItemDocument>(
      actor.tenantId,
      pairId,
      documentIds.actionItem(actionItemId),
    );
    if (!current) throw notFound("This action item");
    if (input.ownerId && !pair.members.some((m) => m.userId === input.ownerId))
      throw validationError("ownerId", "ownerId: the owner must be one of the pair.");
    const now = this.now();
    const { dueDate: oldDue, doneAt: oldDoneAt, description: oldDescription, ...rest } = current;
    const dueDate = input.dueDate === null ? undefined : (input.dueDate ?? oldDue);
    const description = input.description === null ? undefined : (input.description ?? oldDescription);
    const done = input.done ?? current.done;
    const doneAt = done ? (current.done ? oldDoneAt : now) : undefined;
    return this.repos.pairs.replace<ActionItemDocument>(
      {
        ...rest,
        title: input.title ?? current.title,
        ownerId: input.ownerId ?? current.ownerId,
        ...(description ? { description } : {}),
        ...(dueDate ? { dueDate } : {}),
        done,
        ...(doneAt ? { doneAt } : {}),
        updatedAt: now,
      },
      input.etag,
    );
  }

  async createSession(actor: Actor, pairId: string, body: unknown): Promise<SessionDocument> {
    const pair = await this.memberPair(actor, pairId);
    const input = parseInput(createSessionInput, body);
    const program = await this.repos.tenants.getProgram(actor.tenantId, pair.programId);
    const sessionId = newId();
    const now = this.now();
    return this.repos.pairs.create<SessionDocument>({
      ...this.base(actor, pairId, documentIds.session(sessionId)),
      type: "session",
      sessionId,
      at: input.at,
      durationMinutes: input.durationMinutes,
      template: input.template,
      agenda: agendaTemplatesOf(program)[input.template],
      sharedNotes: input.sharedNotes,
      loggedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
  }

  async updateSession(
    actor: Actor,
    pairId: string,
    sessionId: string,
    body: unknown,
  ): Promise<SessionDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(updateSessionInput, body);
    const current = await this.repos.pairs.read<SessionDocument>(
      actor.tenantId,
      pairId,
      documentIds.session(sessionId),
    );
    if (!current) throw notFound("This session");
    return this.repos.pairs.replace<SessionDocument>(
      {
        ...current,
        at: input.at ?? current.at,
        durationMinutes: input.durationMinutes ?? current.durationMinutes,
        sharedNotes: input.sharedNotes ?? current.sharedNotes,
        updatedAt: this.now(),
      },
      input.etag,
    );
  }

  async createPrivateNote(actor: Actor, pairId: string, body: unknown): Promise<PrivateNoteDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(createPrivateNoteInput, body);
    await this.requireSession(actor, pairId, input.sessionId);
    const noteId = newId();
    const now = this.now();
    return this.repos.pairs.create<PrivateNoteDocument>({
      ...this.base(actor, pairId, documentIds.privateNote(noteId)),
      type: "privateNote",
      noteId,
      authorId: actor.userId,
      ...(input.sessionId ? { sessionId: input.sessionId } : {}),
      text: input.text,
      createdAt: now,
      updatedAt: now,
    });
  }

  async updatePrivateNote(
    actor: Actor,
    pairId: string,
    noteId: string,
    body: unknown,
  ): Promise<PrivateNoteDocument> {
    await this.memberPair(actor, pairId);
    const input = parseInput(updatePrivateNoteInput, body);
    const current = await this.repos.pairs.read<PrivateNoteDocument>(
      actor.tenantId,
      pairId,
      documentIds.privateNote(noteId),
    );
    // Someone else's note is reported exactly like a missing one.
    if (!current || current.authorId !== actor.userId) throw notFound("This note");
    return this.repos.pairs.replace<PrivateNoteDocument>(
      { ...current, text: input.text, updatedAt: this.now() },
      input.etag,
    );
  }
}
