import { formatCalendarDate, type ActionItemDocument, type Reader } from "@baton/shared";
import template from "./cards/my-actions.json";
import { clip, fitItems } from "../../cards/card-size";
import { renderCard } from "../../cards/render-card";

/** Titles in a chat card are clipped; the tab shows them whole. */
const TITLE_CHARS = 150;
/** At most this many rows; the rest is "N more in the Baton tab". */
const MAX_ROWS = 30;

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
 * `label` is "with {partner}" in a 1:1 chat and the owner's name in a pair's chat. Due dates are
 * shown in the reader's locale.
 */
export function myActionsCard(
  items: { item: ActionItemDocument; label: string }[],
  today: string,
  reader: Pick<Reader, "locale">,
  options: MyActionsOptions = {},
): Record<string, unknown> {
  const sorted = [...items].sort((a, b) =>
    (a.item.dueDate ?? "9999").localeCompare(b.item.dueDate ?? "9999"),
  );
  const withRefresh = (card: Record<string, unknown>) =>
    options.refresh ? { ...card, refresh: refreshOf(options.refresh) } : card;
  return fitItems(Math.min(sorted.length, MAX_ROWS), (shown) =>
    withRefresh(
      renderCard(template, {
        heading: options.title ?? "Your open action items",
        empty: sorted.length === 0,
        more:
          shown < sorted.length
            ? `${sorted.length - shown} more in the Baton tab (${sorted.length} open in all).`
            : "",
        items: sorted.slice(0, shown).map(({ item, label }) => row(item, label, today, reader)),
      }),
    ),
  );
}

const refreshOf = (refresh: NonNullable<MyActionsOptions["refresh"]>) => ({
  action: {
    type: "Action.Execute",
    title: "Refresh",
    verb: "actions.refresh",
    data: { verb: "actions.refresh", pairId: refresh.pairId },
  },
  userIds: refresh.userIds,
});

function row(item: ActionItemDocument, label: string, today: string, reader: Pick<Reader, "locale">) {
  const overdue = item.dueDate !== undefined && item.dueDate < today;
  const due = item.dueDate ? formatCalendarDate(item.dueDate, reader.locale) : "";
  return {
    title: clip(item.title, TITLE_CHARS),
    detail: `${due ? (overdue ? `Overdue since ${due}` : `Due ${due}`) : "No due date"} · ${clip(label, 80)}`,
    color: overdue ? "Attention" : "Default",
    pairId: item.pairId,
    actionItemId: item.actionItemId,
  };
}
