import type { WhyNotAnswer } from "../matching/explain";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The engine's "why not" answer in words for people: every participant id in its message becomes
 * that person's display name (longest ids first, whole ids only, so "u-ana" never eats "u-anabel").
 */
export function whyNotInWords(answer: WhyNotAnswer, names: Readonly<Record<string, string>>): string {
  const ids = Object.keys(names)
    .filter((id) => id.length > 0 && names[id])
    .sort((a, b) => b.length - a.length);
  if (ids.length === 0) return answer.message;
  const pattern = new RegExp(`(?<![\\w-])(${ids.map(escape).join("|")})(?![\\w-])`, "g");
  return answer.message.replace(pattern, (id) => names[id] ?? id);
}
