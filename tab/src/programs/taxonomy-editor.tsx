import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Skill } from "@baton/shared";
import { useId, useState } from "react";
import { useCommonStyles } from "../components/use-common-styles";
import { newSkillId } from "./setup-draft";

const useStyles = makeStyles({
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(160px, 1fr) auto auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  add: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr)) auto",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
  },
});

interface TaxonomyEditorProps {
  skills: Skill[];
  onChange: (skills: Skill[]) => void;
  /** Skills that can no longer be removed (the program is open; people may hold them). */
  lockedIds?: ReadonlySet<string>;
  error?: string;
}

/** Groups and skills: add a skill, remove one, flag it critical. */
export function TaxonomyEditor({ skills, onChange, lockedIds, error }: TaxonomyEditorProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const listId = useId();
  const [name, setName] = useState("");
  const [group, setGroup] = useState("");
  const [addError, setAddError] = useState<string | undefined>();
  const groups = [...new Set(skills.map((s) => s.group))];

  const update = (id: string, patch: Partial<Skill>) =>
    onChange(skills.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  const add = () => {
    const trimmed = name.trim();
    const inGroup = group.trim();
    if (!trimmed || !inGroup) {
      setAddError("Give the new skill a name and a group.");
      return;
    }
    if (skills.some((s) => s.name.toLowerCase() === trimmed.toLowerCase())) {
      setAddError(`"${trimmed}" is already in the taxonomy.`);
      return;
    }
    onChange([
      ...skills,
      { id: newSkillId(trimmed, skills), name: trimmed, group: inGroup, critical: false },
    ]);
    setName("");
    setAddError(undefined);
  };

  return (
    <div className={common.stack}>
      <p className={common.meta}>
        {skills.length} skills in {groups.length} groups, {skills.filter((s) => s.critical).length} critical.
        Critical skills are watched for single points of knowledge.
      </p>
      {error && (
        <p role="alert" className={common.text}>
          {error}
        </p>
      )}
      {groups.map((g) => (
        <fieldset key={g} className={styles.group}>
          <legend className={styles.legend}>{g}</legend>
          <ul className={common.list}>
            {skills
              .filter((s) => s.group === g)
              .map((s) => (
                <li key={s.id} className={styles.row}>
                  <span>{s.name}</span>
                  <Checkbox
                    label="Critical"
                    aria-label={`${s.name} is critical`}
                    checked={s.critical}
                    onChange={(_, d) => update(s.id, { critical: d.checked === true })}
                  />
                  <Button
                    appearance="subtle"
                    size="small"
                    aria-label={`Remove ${s.name}`}
                    disabled={lockedIds?.has(s.id)}
                    title={
                      lockedIds?.has(s.id)
                        ? "People may hold this skill; it can't be removed now."
                        : undefined
                    }
                    onClick={() => onChange(skills.filter((x) => x.id !== s.id))}
                  >
                    Remove
                  </Button>
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Add a skill</legend>
        <div className={styles.add}>
          <Field
            label="Skill name"
            validationMessage={addError}
            validationState={addError ? "error" : "none"}
          >
            <Input value={name} maxLength={80} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Field label="Group" hint="An existing group or a new one.">
            <Input value={group} maxLength={40} list={listId} onChange={(_, d) => setGroup(d.value)} />
          </Field>
          <datalist id={listId}>
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          <Button onClick={add}>Add skill</Button>
        </div>
      </fieldset>
    </div>
  );
}
