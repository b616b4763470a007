import { Button, Field, Select } from "@fluentui/react-components";
import { SKILL_LEVELS } from "@baton/shared";
import { useEffect, useId, useState } from "react";
import type { ClaimRow, ProfileErrors } from "./profile-form-values";
import { rowKey } from "./profile-form-values";
import type { SkillGroup } from "./skill-options";
import { errorProps, useProfileFormStyles } from "./use-profile-form-styles";

interface ClaimsEditorProps {
  list: "learn" | "offer";
  legend: string;
  /** "to learn" or "to offer", for names like "Skill to learn 2". */
  purpose: string;
  hint: string;
  rows: ClaimRow[];
  groups: SkillGroup[];
  skillName: (skillId: string) => string;
  errors: ProfileErrors;
  onChange: (rows: ClaimRow[]) => void;
}

/** Skills with a level 1–4, picked from the program's taxonomy; rows can be added and removed. */
export function ClaimsEditor({
  list,
  legend,
  purpose,
  hint,
  rows,
  groups,
  skillName,
  errors,
  onChange,
}: ClaimsEditorProps) {
  const styles = useProfileFormStyles();
  const id = useId();
  const [focusKey, setFocusKey] = useState<string | null>(null);

  useEffect(() => {
    if (!focusKey) return;
    document.getElementById(`${id}-${focusKey}-skill`)?.focus();
    setFocusKey(null);
  }, [focusKey, id]);

  const change = (key: string, patch: Partial<ClaimRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    const key = rowKey();
    onChange([...rows, { key, skillId: "", level: list === "offer" ? "4" : "1" }]);
    setFocusKey(key);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    const next = rows[index + 1] ?? rows[index - 1];
    if (next) setFocusKey(next.key);
    else document.getElementById(`${id}-add`)?.focus();
  };
  const groupError = errors[list];

  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={[`${id}-hint`, groupError ? `${id}-error` : ""].filter(Boolean).join(" ")}
      data-invalid={groupError ? "true" : undefined}
    >
      <legend className={styles.legend}>{legend}</legend>
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      {rows.length === 0 && <p className={styles.hint}>None yet.</p>}
      {rows.map((row, index) => {
        const rowName = `Skill ${purpose} ${index + 1}`;
        const skillId = `${id}-${row.key}-skill`;
        const levelId = `${id}-${row.key}-level`;
        return (
          <div key={row.key} role="group" aria-label={rowName} className={styles.row}>
            <Field
              label={{ children: "Skill", htmlFor: skillId }}
              {...errorProps(errors[`${list}.${index}.skillId`])}
            >
              <Select
                id={skillId}
                value={row.skillId}
                onChange={(_, d) => change(row.key, { skillId: d.value })}
              >
                <option value="">Choose a skill</option>
                {groups.map((group) => (
                  <optgroup key={group.group} label={group.group}>
                    {group.skills.map((skill) => (
                      <option key={skill.id} value={skill.id}>
                        {skill.name}
                        {skill.critical ? " (critical)" : ""}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </Select>
            </Field>
            <Field
              label={{ children: "Level", htmlFor: levelId }}
              {...errorProps(errors[`${list}.${index}.level`])}
            >
              <Select id={levelId} value={row.level} onChange={(_, d) => change(row.key, { level: d.value })}>
                {SKILL_LEVELS.map(([level, label]) => (
                  <option key={level} value={String(level)}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              className={styles.rowAction}
              aria-label={`Remove ${row.skillId ? skillName(row.skillId) : `row ${index + 1}`} from skills ${purpose}`}
              onClick={() => remove(index)}
            >
              Remove
            </Button>
          </div>
        );
      })}
      {groupError && (
        <p id={`${id}-error`} className={styles.error}>
          {groupError}
        </p>
      )}
      <div>
        <Button id={`${id}-add`} onClick={add}>
          {`Add a skill ${purpose}`}
        </Button>
      </div>
    </fieldset>
  );
}
