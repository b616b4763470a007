/**
 * Teams refuses an activity above about 40 KB (413). Baton keeps every card under 28 KB, measured
 * as the serialized activity in UTF-16 (two bytes a code unit, the larger of the encodings Teams
 * may count in), whatever the data: long lists are cut with "N more in the tab", long text clipped.
 */
export const CARD_BUDGET_BYTES = 28 * 1024;

/** The size in bytes (UTF-16) of a message activity carrying `card` as its one attachment. */
export function activityBytes(card: Record<string, unknown>): number {
  const activity = {
    type: "message",
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
  };
  return JSON.stringify(activity).length * 2;
}

export const fitsInTeams = (card: Record<string, unknown>): boolean =>
  activityBytes(card) <= CARD_BUDGET_BYTES;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** `text` cut to at most `max` characters on a grapheme boundary, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/**
 * The card for the most items that fits: `build(n)` renders the first `n` items (and says how many
 * more there are); the largest fitting `n` is found by bisection (a handful of renders).
 */
export function fitItems(
  total: number,
  build: (shown: number) => Record<string, unknown>,
): Record<string, unknown> {
  const full = build(total);
  if (fitsInTeams(full)) return full;
  let low = 0;
  let high = total - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsInTeams(build(mid))) low = mid;
    else high = mid - 1;
  }
  return build(low);
}

/**
 * The last line of defence at the edges (replies, invoke answers, proactive sends): a card over the
 * budget is replaced by a short card pointing to the tab, so Teams never refuses the message (413).
 * Card builders keep themselves under the budget (tests/unit/card-size.test.ts); this only catches
 * a builder that does not.
 */
export function withinBudget(card: Record<string, unknown>): Record<string, unknown> {
  if (fitsInTeams(card)) return card;
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [
      { type: "TextBlock", text: "Too much to show here", weight: "Bolder", size: "Medium", wrap: true },
      {
        type: "TextBlock",
        text: "This is too long for a chat message. Open the Baton tab to see all of it.",
        wrap: true,
      },
    ],
  };
}
