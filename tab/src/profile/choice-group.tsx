import { Checkbox } from "@fluentui/react-components";
import { useId } from "react";
import { useProfileFormStyles } from "./use-profile-form-styles";

interface ChoiceGroupProps<T extends string> {
  legend: string;
  hint?: string;
  options: readonly (readonly [T, string])[];
  selected: readonly T[];
  error?: string;
  onChange: (selected: T[]) => void;
}

/** A set of checkboxes with a legend, and the problem (if any) under them. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  options,
  selected,
  error,
  onChange,
}: ChoiceGroupProps<T>) {
  const styles = useProfileFormStyles();
  const id = useId();
  const toggle = (value: T, on: boolean) =>
    onChange(
      on
        ? options.map(([v]) => v).filter((v) => v === value || selected.includes(v))
        : selected.filter((v) => v !== value),
    );
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={describedBy || undefined}
      data-invalid={error ? "true" : undefined}
    >
      <legend className={styles.legend}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      <div className={styles.options}>
        {options.map(([value, label]) => (
          <Checkbox
            key={value}
            label={label}
            checked={selected.includes(value)}
            onChange={(_, data) => toggle(value, data.checked === true)}
          />
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
