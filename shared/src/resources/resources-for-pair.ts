import type { ResourceDocument } from "./resource-documents";
import type { Skill } from "../domain/program";

const words = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9+#.]+/)
      .filter((w) => w.length >= 4),
  );

/**
 * Splits a library into the resources for a pair and the rest (pure). A resource is for the pair
 * when it teaches one of `skillIds` (the mentee's wanted skills), or when its title names a word of
 * the pair's goals (four letters or more) or a skill name the goals mention. Each part keeps the
 * library's order (newest first).
 */
export function resourcesForPair(
  resources: readonly ResourceDocument[],
  skillIds: readonly string[],
  goalTexts: readonly string[],
  skills: readonly Skill[],
): { forPair: ResourceDocument[]; others: ResourceDocument[] } {
  const wanted = new Set(skillIds);
  const goalWords = words(goalTexts.join(" "));
  for (const s of skills)
    if (goalTexts.some((g) => g.toLowerCase().includes(s.name.toLowerCase()))) wanted.add(s.id);
  const forPair: ResourceDocument[] = [];
  const others: ResourceDocument[] = [];
  for (const r of resources) {
    const bySkill = r.skillIds.some((id) => wanted.has(id));
    const byGoal = [...words(r.title)].some((w) => goalWords.has(w));
    (bySkill || byGoal ? forPair : others).push(r);
  }
  return { forPair, others };
}
