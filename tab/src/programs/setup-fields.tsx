import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { FORMAT_LABELS, type Format } from "@baton/shared";
import { ChoiceGroup } from "../profile/choice-group";
import { useCommonStyles } from "../components/use-common-styles";
import { withDuration, type SetupDraft } from "./setup-draft";
import { CADENCE_LABELS, DURATION_LABELS, PURPOSE_LABELS } from "./setup-words";

export interface DraftProps {
  draft: SetupDraft;
  onChange: (next: SetupDraft) => void;
  /** The server's problem for a field path (e.g. "cohortEnd"), shown under it. */
  errorOf?: (field: string) => string | undefined;
}

const num = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/** Name, purpose, audience, formats, duration and dates, cadence, minimums and escalation contact. */
export function BasicsFields({ draft, onChange, errorOf = () => undefined }: DraftProps) {
  const styles = useCommonStyles();
  const set = (patch: Partial<SetupDraft>) => onChange({ ...draft, ...patch });
  const msg = (field: string) => {
    const error = errorOf(field);
    return error ? { validationMessage: error, validationState: "error" as const } : {};
  };
  return (
    <div className={styles.stack}>
      <Field label="Program name" required {...msg("name")}>
        <Input value={draft.name} maxLength={120} onChange={(_, d) => set({ name: d.value })} />
      </Field>
      <div className={styles.formRow}>
        <Field label="Purpose" {...msg("purpose")}>
          <Select
            value={draft.purpose}
            onChange={(_, d) => set({ purpose: d.value as SetupDraft["purpose"] })}
          >
            {Object.entries(PURPOSE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Duration" {...msg("duration")}>
          <Select
            value={draft.duration}
            onChange={(_, d) => onChange(withDuration(draft, d.value as SetupDraft["duration"]))}
          >
            {Object.entries(DURATION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Target audience" hint="Who the program is for, in a sentence." {...msg("audience")}>
        <Textarea value={draft.audience} maxLength={300} onChange={(_, d) => set({ audience: d.value })} />
      </Field>
      <ChoiceGroup<Format>
        legend="Formats"
        options={Object.entries(FORMAT_LABELS) as [Format, string][]}
        selected={draft.formats}
        error={errorOf("formats")}
        onChange={(formats) => set({ formats })}
      />
      <div className={styles.formRow}>
        <Field label="Cohort starts" {...msg("cohortStart")}>
          <Input type="date" value={draft.cohortStart} onChange={(_, d) => set({ cohortStart: d.value })} />
        </Field>
        <Field
          label="Cohort ends"
          hint={draft.duration === "evergreen" ? "Evergreen programs have no end." : undefined}
          {...msg("cohortEnd")}
        >
          <Input
            type="date"
            value={draft.cohortEnd}
            disabled={draft.duration === "evergreen"}
            onChange={(_, d) => set({ cohortEnd: d.value })}
          />
        </Field>
      </div>
      <div className={styles.formRow}>
        <Field label="Expected cadence" {...msg("cadence")}>
          <Select
            value={draft.cadence}
            onChange={(_, d) => set({ cadence: d.value as SetupDraft["cadence"] })}
          >
            {Object.entries(CADENCE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Minimum meetings per month" {...msg("minimumMeetingsPerMonth")}>
          <Input
            type="number"
            min={0}
            max={8}
            value={String(draft.minimumMeetingsPerMonth)}
            onChange={(_, d) => set({ minimumMeetingsPerMonth: num(d.value) })}
          />
        </Field>
        <Field
          label="Minimum group size for figures"
          hint="Dashboards hide groups smaller than this."
          {...msg("minGroupSize")}
        >
          <Input
            type="number"
            min={2}
            max={50}
            value={String(draft.minGroupSize)}
            onChange={(_, d) => set({ minGroupSize: num(d.value) })}
          />
        </Field>
      </div>
      <Field
        label="Escalation contact"
        hint="Who pairs can turn to when something goes wrong."
        {...msg("escalationContact")}
      >
        <Input
          value={draft.escalationContact}
          maxLength={200}
          onChange={(_, d) => set({ escalationContact: d.value })}
        />
      </Field>
    </div>
  );
}
