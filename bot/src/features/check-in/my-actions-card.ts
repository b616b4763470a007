import type { ActionItemDocument } from "@baton/shared";
import template from "./cards/my-actions.json";
import { renderCard } from "../../cards/render-card";

/** Open action items, overdue first, each with "Mark done". `today` is the reader's local date. */
export function myActionsCard(
  items: { item: ActionItemDocument; partnerName: string }[],
  today: string,
): Record<string, unknown> {
  const sorted = [...items].sort((a, b) =>
    (a.item.dueDate ?? "9999").localeCompare(b.item.dueDate ?? "9999"),
  );
  return renderCard(template, {
    empty: sorted.length === 0,
    items: sorted.slice(0, 30).map(({ item, partnerName }) => {
      const overdue = item.dueDate !== undefined && item.dueDate < today;
      return {
        title: item.title,
        detail: `${item.dueDate ? (overdue ? `Overdue since ${item.dueDate}` : `Due ${item.dueDate}`) : "No due date"} · with ${partnerName}`,
        color: overdue ? "Attention" : "Default",
        pairId: item.pairId,
        actionItemId: item.actionItemId,
      };
    }),
  });
}
