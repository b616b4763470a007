const STOP = new Set(
  `about after again also and any are around back be been being better both but can could does doing
  done each even every for from get gets getting good have having help how into its just know learn
  learning like make making more most much need needs next not now our out over own really should
  some start such take than that the their them then there these they thing things this those through
  time to understand until use using very want wants way well what when where which while who will
  with without work working would year years your able become own myself alone`.split(/\s+/),
);

/**
 * The keywords of a free text, each as a matching key (lower case, a plural "s" cut so "incidents"
 * meets "incident") and the word as it was written (for people to read: "Kubernetes", never
 * "kubernete"). Words of 3+ letters; common words dropped; one entry per key, first spelling kept.
 */
export function goalKeywordWords(text: string, max = 30): { key: string; word: string }[] {
  const out: { key: string; word: string }[] = [];
  for (const original of text.split(/[^\p{L}\p{N}+#]+/u)) {
    const raw = original.toLowerCase();
    if (raw.length < 3 || STOP.has(raw)) continue;
    const key = raw.length > 4 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.slice(0, -1) : raw;
    if (STOP.has(key) || out.some((k) => k.key === key)) continue;
    out.push({ key, word: original });
    if (out.length >= max) break;
  }
  return out;
}

/** Lower-cased matching keys of a free text (see `goalKeywordWords`); never shown to people. */
export function goalKeywords(text: string, max = 30): string[] {
  return goalKeywordWords(text, max).map((k) => k.key);
}
