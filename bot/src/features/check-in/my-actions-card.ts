import type { ActionItemDocument } from "@baton/shared";
import template from "./cards/my-actions.json";
import { renderCard } from "../../cards/render-card";

export interface MyActionsOptions {
  /** The card's heading. */
  title?: string;
  /**
   * In a pair's group chat: the card refreshes itself for these members (Action.Execute `refresh`
   * with `userIds`), so everyone sees the current items, not stale "Mark done" buttons.
   */
  refresh?: { pairId: string; userIds: string[] };
}

/**
 * Open action items, overdue first, each with "Mark done". `today` is the reader's local date;
 * `label` is "with {partner}" in a 1:1 chat and the owner's name in a pair's chat.
 */
export function myActionsCard(
  items: { item: ActionItemDocument; label: string }[],
  today: string,
  options: MyActionsOptions = {},
): Record<string, unknown> {
  const sorted = [...items].sort((a, b) =>
    (a.item.dueDate ?? "9999").localeCompare(b.item.dueDate ?? "9999"),
  );
  const card = renderCard(template, {
    heading: options.title ?? "Your open action items",
    empty: sorted.length === 0,
    items: sorted.slice(0, 30).map(({ item, label }) => {
      const overdue = item.dueDate !== undefined && item.dueDate < today;
      return {
        title: item.title,
        detail: `${item.dueDate ? (overdue ? `Overdue since ${item.dueDate}` : `Due ${item.dueDate}`) : "No due date"} · ${label}`,
        color: overdue ? "Attention" : "Default",
        pairId: item.pairId,
        actionItemId: item.actionItemId,
      };
    }),
  });
  if (!options.refresh) return card;
  return {
    ...card,
    refresh: {
      action: {
        type: "Action.Execute",
        title: "Refresh",
        verb: "actions.refresh",
        data: { verb: "actions.refresh", pairId: options.refresh.pairId },
      },
      userIds: options.refresh.userIds,
    },
  };
}
