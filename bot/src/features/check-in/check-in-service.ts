import {
  agendaTemplatesOf,
  documentIds,
  localToUtc,
  rhythmIds,
  type ActionItemDocument,
  type CheckInAnswer,
  type LogSessionAnswer,
  type PairDocument,
  type SessionDocument,
} from "@baton/shared";
import type { Repositories } from "../../data/repositories";
import { isConflict } from "../../data/is-conflict";
import type { Actor, Clock } from "../../services/actor";
import { hashKey } from "../../rhythm/hash-key";
import { retryOnConflict } from "../../data/retry-on-conflict";

/** Ids derived from what was answered, so a double press never writes twice. */
const derivedId = (prefix: string, ...parts: string[]) => `${prefix}${hashKey(parts.join("|")).slice(0, 18)}`;

/** The writes behind the check-in and "log a session" cards. */
export class CheckInService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async memberPair(actor: Actor, pairId: string): Promise<PairDocument | undefined> {
    const pair = await this.repos.pairs.getPair(actor.tenantId, pairId);
    return pair?.members.some((m) => m.userId === actor.userId) ? pair : undefined;
  }

  hasCheckedIn(actor: Actor, pairId: string, sessionId: string): Promise<boolean> {
    return this.repos.store
      .read(
        actor.tenantId,
        this.repos.pairs.pk(actor.tenantId, pairId),
        rhythmIds.checkIn(sessionId, actor.userId),
      )
      .then((d) => d !== undefined);
  }

  /** Logs the check-in: the action item (if any), the session's met/usefulness, then the check-in itself. */
  async checkIn(
    actor: Actor,
    pair: PairDocument,
    session: SessionDocument,
    answer: CheckInAnswer,
  ): Promise<{ actionItem?: ActionItemDocument; session: SessionDocument }> {
    const now = this.clock.now().toISOString();
    const actionItem = answer.actionTitle
      ? await this.createAction(
          actor,
          pair.pairId,
          answer.actionTitle,
          answer.actionDue,
          session.sessionId,
          derivedId("ci", session.sessionId, actor.userId),
        )
      : undefined;
    const others = (await this.repos.rhythm.checkIns(actor.tenantId, pair.pairId)).filter(
      (c) => c.sessionId === session.sessionId && c.userId !== actor.userId,
    );
    const ratings = [...others.map((c) => c.usefulness), answer.usefulness].filter(
      (n): n is number => n !== undefined,
    );
    const met = answer.met || others.some((c) => c.met);
    const updated = await retryOnConflict(async (attempt) => {
      const current =
        attempt === 0
          ? session
          : await this.repos.pairs.read<SessionDocument>(actor.tenantId, pair.pairId, session.id);
      if (!current?._etag) return session;
      const { usefulness: _old, ...rest } = current;
      return this.repos.pairs.replace<SessionDocument>(
        {
          ...rest,
          met,
          ...(ratings.length > 0
            ? { usefulness: Math.round(ratings.reduce((a, b) => a + b, 0) / ratings.length) }
            : {}),
          updatedAt: now,
        },
        current._etag,
      );
    });
    await this.repos.rhythm.createCheckIn({
      id: rhythmIds.checkIn(session.sessionId, actor.userId),
      pk: this.repos.pairs.pk(actor.tenantId, pair.pairId),
      tenantId: actor.tenantId,
      type: "checkIn",
      pairId: pair.pairId,
      sessionId: session.sessionId,
      userId: actor.userId,
      met: answer.met,
      ...(answer.usefulness !== undefined ? { usefulness: answer.usefulness } : {}),
      ...(actionItem ? { actionItemId: actionItem.actionItemId } : {}),
      at: now,
    });
    return { ...(actionItem ? { actionItem } : {}), session: updated };
  }

  /** A meeting that happened, logged from the bot: a held session (noon local) and its action item. */
  async logSession(
    actor: Actor,
    pair: PairDocument,
    answer: LogSessionAnswer,
    timeZone: string,
  ): Promise<{ session: SessionDocument; actionItem?: ActionItemDocument }> {
    const now = this.clock.now().toISOString();
    const [y, m, d] = answer.date.split("-").map(Number) as [number, number, number];
    const sessionId = derivedId("ls", pair.pairId, actor.userId, answer.date);
    const program = await this.repos.tenants.getProgram(actor.tenantId, pair.programId);
    const doc: SessionDocument = {
      id: documentIds.session(sessionId),
      pk: this.repos.pairs.pk(actor.tenantId, pair.pairId),
      tenantId: actor.tenantId,
      type: "session",
      pairId: pair.pairId,
      sessionId,
      at: localToUtc(y, m, d, 12 * 60, timeZone).toISOString(),
      durationMinutes: 60,
      template: "regular",
      agenda: agendaTemplatesOf(program).regular,
      sharedNotes: "",
      met: true,
      usefulness: answer.usefulness,
      loggedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    let session = doc;
    try {
      session = await this.repos.pairs.create(doc);
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const actionItem = answer.actionTitle
      ? await this.createAction(
          actor,
          pair.pairId,
          answer.actionTitle,
          answer.actionDue,
          sessionId,
          derivedId("la", sessionId),
        )
      : undefined;
    return { session, ...(actionItem ? { actionItem } : {}) };
  }

  private async createAction(
    actor: Actor,
    pairId: string,
    title: string,
    dueDate: string | undefined,
    sessionId: string,
    actionItemId: string,
  ): Promise<ActionItemDocument> {
    const now = this.clock.now().toISOString();
    const doc: ActionItemDocument = {
      id: documentIds.actionItem(actionItemId),
      pk: this.repos.pairs.pk(actor.tenantId, pairId),
      tenantId: actor.tenantId,
      type: "actionItem",
      pairId,
      actionItemId,
      title,
      ownerId: actor.userId,
      ...(dueDate ? { dueDate } : {}),
      done: false,
      sessionId,
      source: "bot",
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    try {
      return await this.repos.pairs.create(doc);
    } catch (error) {
      if (!isConflict(error)) throw error;
      return doc;
    }
  }
}
