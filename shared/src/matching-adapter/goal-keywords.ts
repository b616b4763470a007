const STOP = new Set(
  `about after again also and any are around back be been being better both but can could does doing
  done each even every for from get gets getting good have having help how into its just know learn
  learning like make making more most much need needs next not now our out over own really should
  some start such take than that the their them then there these they thing things this those through
  time to understand until use using very want wants way well what when where which while who will
  with without work working would year years your able become own myself alone`.split(/\s+/),
);

/** Lower-cased keywords of a free text (words of 3+ letters, common words dropped, plural "s" cut). */
export function goalKeywords(text: string, max = 30): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}+#]+/u)) {
    if (raw.length < 3 || STOP.has(raw)) continue;
    const word = raw.length > 4 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.slice(0, -1) : raw;
    if (STOP.has(word) || out.includes(word)) continue;
    out.push(word);
    if (out.length >= max) break;
  }
  return out;
}
