import { MAX_RESULTS, type ActionItemDocument, type MembershipDocument } from "@baton/shared";
import type { MeAnswer, MeTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import type { Actor } from "../services/actor";
import { actionItemItem } from "./me-cards";

const LIVE: MembershipDocument["status"][] = ["active", "paused"];

/** The caller's open action items in their live pairs, with the partner's name: one query per pair. */
export async function openItemsOf(repos: Repositories, actor: Actor) {
  const { memberships } = await repos.people.loadPerson(actor.tenantId, actor.userId);
  const live = memberships.filter((m) => LIVE.includes(m.status)).slice(0, 6);
  const lists = await Promise.all(
    live.map(async (m) =>
      (await repos.pairs.openActionItemsOf(actor.tenantId, m.pairId, actor.userId)).map((item) => ({
        item,
        membership: m,
      })),
    ),
  );
  return { memberships: live, items: lists.flat() };
}

const dueFirst = (a: ActionItemDocument, b: ActionItemDocument) =>
  (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.createdAt.localeCompare(b.createdAt);

/** myActionItems: the caller's open action items across their pairs, due first; a query filters by words. */
export function myActionItems(repos: Repositories, pairUrl: (pairId: string) => string) {
  return async (turn: MeTurn): Promise<MeAnswer> => {
    const query = (turn.parameters.query ?? "").trim().toLowerCase();
    const { memberships, items } = await openItemsOf(repos, turn.actor);
    if (memberships.length === 0)
      return { kind: "message", text: "You're not in a mentoring pair yet, so you have no action items." };
    const words = query.split(/\s+/).filter(Boolean);
    const matching = items
      .filter(({ item }) => {
        const text = `${item.title} ${item.description ?? ""}`.toLowerCase();
        return words.every((w) => text.includes(w));
      })
      .sort((a, b) => dueFirst(a.item, b.item))
      .slice(0, MAX_RESULTS);
    if (matching.length === 0)
      return {
        kind: "message",
        text: query
          ? `None of your open action items mentions "${query.slice(0, 60)}". Clear the search to see them all.`
          : "You have no open action items. Add one from any message with **Add as action item**.",
      };
    return {
      kind: "results",
      items: matching.map(({ item, membership }) =>
        actionItemItem({
          item,
          ownerName: turn.actor.displayName,
          pairName: `${turn.actor.displayName} & ${membership.partnerName}`,
          pairUrl: pairUrl(item.pairId),
          canMarkDone: true,
          locale: turn.client.locale,
        }),
      ),
    };
  };
}
