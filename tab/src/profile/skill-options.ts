import type { Skill } from "@baton/shared";

export interface SkillGroup {
  group: string;
  skills: Skill[];
}

/**
 * The programs' skills, each once, by group then name, for pickers with one option group per group.
 * Retired skills are left out unless already chosen (`keep`), so an existing claim still shows.
 */
export function skillGroups(skills: readonly Skill[], keep: readonly string[] = []): SkillGroup[] {
  const unique = new Map<string, Skill>();
  for (const skill of skills)
    if (!unique.has(skill.id) && (!skill.retired || keep.includes(skill.id))) unique.set(skill.id, skill);
  const groups = new Map<string, Skill[]>();
  for (const skill of unique.values()) {
    const list = groups.get(skill.group) ?? [];
    list.push(skill);
    groups.set(skill.group, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, list]) => ({
      group: groupLabel(group),
      skills: list.sort((a, b) => a.name.localeCompare(b.name)),
    }));
}

/** "service desk" → "Service desk". */
export const groupLabel = (group: string) => group.charAt(0).toUpperCase() + group.slice(1);

/** Skill id → name, for showing claims; unknown ids show as themselves. */
export function skillNamer(skills: readonly Skill[]): (skillId: string) => string {
  const names = new Map(skills.map((s) => [s.id, s.name]));
  return (skillId) => names.get(skillId) ?? skillId;
}
