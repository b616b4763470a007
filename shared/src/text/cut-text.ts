const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Shortens `text` to at most `maxUnits` UTF-16 code units (what zod's `max` and Teams' size limits
 * count), cutting only between graphemes (`Intl.Segmenter`), so an emoji, a flag, a skin tone or an
 * accent is kept whole or dropped whole. When it cuts, `marker` (e.g. "…") is appended within the
 * budget. Text that fits is returned unchanged.
 */
export function cutText(text: string, maxUnits: number, marker = ""): string {
  if (text.length <= maxUnits) return text;
  const budget = Math.max(0, maxUnits - marker.length);
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (index + segment.length > budget) break;
    end = index + segment.length;
  }
  return text.slice(0, end) + (marker.length <= maxUnits ? marker : "");
}

/** True when `text` holds half of a UTF-16 surrogate pair (not valid Unicode text). */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
