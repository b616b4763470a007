import { pairIdFromLink, partitionKeys, type SessionDocument } from "@baton/shared";
import type { MeAnswer, MeTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { pairNameOf, unfurlCard } from "./me-cards";

const GENERIC_TITLE = "A Baton pair workspace";

/**
 * queryLink: a pasted pair link unfurls into a card showing only what everyone in the chat may see.
 * The pair's names and next session appear only when the person pasting is in the pair and the chat
 * is the pair's own (its linked chat); anywhere else the card says "A Baton pair workspace" and no
 * more. Links that are not a Baton pair get no card.
 */
export function linkUnfurl(repos: Repositories, clock: Clock, tabHosts: () => string[]) {
  return async (turn: MeTurn): Promise<MeAnswer> => {
    const url = turn.url ?? "";
    const pairId = pairIdFromLink(url, tabHosts());
    if (!pairId) return { kind: "results", items: [] };
    const generic = (): MeAnswer => ({
      kind: "results",
      items: [
        {
          card: unfurlCard(GENERIC_TITLE, ["Open it to see it if you are part of this pair."], url, "Baton"),
          preview: { title: GENERIC_TITLE },
        },
      ],
    });
    const { tenantId, userId } = turn.actor;
    const [pair, link] = await Promise.all([
      repos.pairs.getPair(tenantId, pairId),
      turn.conversationId ? repos.tenants.getChatLink(tenantId, turn.conversationId) : undefined,
    ]);
    const ownChat = pair && (pair.chatId === turn.conversationId || link?.pairId === pair.pairId);
    if (!pair || !ownChat || !pair.members.some((m) => m.userId === userId)) return generic();
    const upcoming = await repos.store.queryPartition<SessionDocument>(
      tenantId,
      partitionKeys.pair(tenantId, pairId),
      "c.type = 'session' AND c.at > @now",
      [{ name: "@now", value: clock.now().toISOString() }],
    );
    const next = upcoming.sort((a, b) => a.at.localeCompare(b.at))[0];
    const title = pairNameOf(pair.members);
    const lines = [
      next ? `Next session: {{DATE(${next.at}, SHORT)}} at {{TIME(${next.at})}}` : "No session planned yet.",
    ];
    return {
      kind: "results",
      items: [
        {
          card: unfurlCard(title, lines, url, "Baton pair workspace"),
          preview: { title, text: next ? "Next session planned" : "No session planned yet" },
        },
      ],
    };
  };
}
