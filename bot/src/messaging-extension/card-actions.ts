import { DomainError, documentIds, type ActionItemDocument, type PairDocument } from "@baton/shared";
import type { CardActionHandler, CardActionResult, CardActionTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import { retryOnConflict } from "../data/retry-on-conflict";
import type { MentorRequestService } from "../matching/mentor-requests";
import type { Clock } from "../services/actor";
import { actionItemCard, pairNameOf } from "./me-cards";

const str = (v: unknown) => (typeof v === "string" ? v : "");
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The buttons of cards shared from the messaging extension; they work for whoever presses them.
 * "Ask for mentoring" sends the request for a participant (the mentor answers in their Baton chat)
 * and tells anyone else how to join; "Mark done" is for the pair only and replaces the card for
 * everyone; the refresh shows each viewer the item's current state.
 */
export function meCardActions(
  repos: Repositories,
  requests: MentorRequestService,
  clock: Clock,
  pairUrl: (pairId: string) => string,
): Record<string, CardActionHandler> {
  const load = async (turn: CardActionTurn) => {
    const pairId = str(turn.data.pairId);
    const id = str(turn.data.actionItemId);
    if (!ID.test(pairId) || !ID.test(id)) return undefined;
    const [pair, item] = await Promise.all([
      repos.pairs.getPair(turn.actor.tenantId, pairId),
      repos.pairs.read<ActionItemDocument>(turn.actor.tenantId, pairId, documentIds.actionItem(id)),
    ]);
    return pair && item ? { pair, item } : undefined;
  };
  const card = (pair: PairDocument, item: ActionItemDocument, viewerId: string, locale?: string) =>
    actionItemCard({
      locale,
      item,
      ownerName: pair.members.find((m) => m.userId === item.ownerId)?.displayName ?? "",
      pairName: pairNameOf(pair.members),
      pairUrl: pairUrl(pair.pairId),
      canMarkDone: pair.members.some((m) => m.userId === viewerId),
    });

  return {
    "me.mentor.ask": async (turn): Promise<CardActionResult> => {
      const programId = str(turn.data.programId);
      const mentorId = str(turn.data.mentorId);
      try {
        const sent = await requests.create(turn.actor, { programId, mentorId });
        return {
          message: `I asked ${sent.mentorName} to mentor you. They answer in their chat with Baton; you'll hear back there.`,
        };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const enrolment = ID.test(programId)
          ? await repos.matching.getEnrolment(turn.actor.tenantId, programId, turn.actor.userId)
          : undefined;
        if (!enrolment || enrolment.status === "left")
          return {
            message:
              "To ask for a mentor, join the mentoring program first: say **join** to Baton in a chat with it.",
          };
        return { message: error.message };
      }
    },

    "me.action.view": async (turn): Promise<CardActionResult> => {
      const found = await load(turn);
      if (!found) return { message: "This action item is no longer there." };
      return { card: card(found.pair, found.item, turn.actor.userId, turn.client.locale) };
    },

    "me.action.done": async (turn): Promise<CardActionResult> => {
      const found = await load(turn);
      if (!found) return { message: "This action item is no longer there." };
      const { pair, item } = found;
      if (!pair.members.some((m) => m.userId === turn.actor.userId))
        return { message: `Only ${pairNameOf(pair.members)} can mark this action item done.` };
      // "Mark done" carries no ETag: someone editing the item meanwhile is re-read, not a failure.
      const current = await retryOnConflict(async (attempt) => {
        const latest = attempt === 0 ? item : ((await load(turn))?.item ?? item);
        if (latest.done || !latest._etag) return latest;
        const now = clock.now().toISOString();
        return repos.pairs.replace<ActionItemDocument>(
          { ...latest, done: true, doneAt: now, updatedAt: now },
          latest._etag,
        );
      });
      return { card: card(pair, current, turn.actor.userId, turn.client.locale) };
    },
  };
}
