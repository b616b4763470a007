import { Field, Select } from "@fluentui/react-components";
import type { MentorDirectoryView } from "@baton/shared";
import { groupLabel } from "../profile/skill-options";

interface SkillFilterProps {
  skills: MentorDirectoryView["skills"];
  wanted: readonly string[];
  value: string;
  onChange: (skillId: string) => void;
}

/** Picks one of the program's skills; the ones the reader wants to learn come first. */
export function SkillFilter({ skills, wanted, value, onChange }: SkillFilterProps) {
  const mine = skills.filter((s) => wanted.includes(s.skillId));
  const groups = new Map<string, MentorDirectoryView["skills"]>();
  for (const s of skills)
    if (!wanted.includes(s.skillId)) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return (
    <Field label="Skill they offer" hint="Show only mentors who offer this skill.">
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">Any skill</option>
        {mine.length > 0 && (
          <optgroup label="Skills you want to learn">
            {[...mine].sort(byName).map((s) => (
              <option key={s.skillId} value={s.skillId}>
                {s.name}
              </option>
            ))}
          </optgroup>
        )}
        {[...groups.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([group, list]) => (
            <optgroup key={group} label={groupLabel(group)}>
              {[...list].sort(byName).map((s) => (
                <option key={s.skillId} value={s.skillId}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
      </Select>
    </Field>
  );
}
