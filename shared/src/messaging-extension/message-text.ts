const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * The plain text of a Teams message (pure): `<at>` mentions removed with their names, line breaks
 * kept for `<br>`, `<p>` and `<div>`, every other tag dropped, entities decoded, spaces collapsed.
 */
export function messagePlainText(html: string): string {
  return html
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6])>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/**
 * An action item drafted from a message (pure): the first line as the title, cut at a word before
 * `titleLimit` characters, and whatever did not fit (the rest of that line and the other lines) as
 * the description, cut at `descriptionLimit`.
 */
export function actionItemFromMessage(
  html: string,
  titleLimit = 300,
  descriptionLimit = 2000,
): { title: string; description: string } {
  const text = messagePlainText(html);
  const [first = "", ...rest] = text.split("\n");
  let title = first;
  let overflow = "";
  if (first.length > titleLimit) {
    const space = first.lastIndexOf(" ", titleLimit - 1);
    const cut = space > titleLimit / 2 ? space : titleLimit - 1;
    title = `${first.slice(0, cut).trimEnd()}…`;
    overflow = first.slice(cut).trim();
  }
  const description = [overflow, ...rest].filter(Boolean).join("\n").slice(0, descriptionLimit);
  return { title, description };
}
