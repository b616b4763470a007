import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { ProfileErrors, SlotRow } from "./profile-form-values";
import { rowKey } from "./profile-form-values";
import { dayNames, endToMinutes, formatSlot, timeToMinutes } from "./slots";
import { errorProps, useProfileFormStyles } from "./use-profile-form-styles";

interface AvailabilityEditorProps {
  rows: SlotRow[];
  timeZone: string;
  errors: ProfileErrors;
  onChange: (rows: SlotRow[]) => void;
}

/** How a row reads in a button's name: "Monday 09:00 to 12:00", or "time 2" while it is incomplete. */
function rowLabel(row: SlotRow, index: number): string {
  const startMinute = timeToMinutes(row.start);
  const endMinute = endToMinutes(row.end, startMinute);
  if (startMinute === undefined || endMinute === undefined) return `time ${index + 1}`;
  return formatSlot({ day: Number(row.day), startMinute, endMinute });
}

/** Weekly times that suit the person: a day and a start and end time each, in their time zone. */
export function AvailabilityEditor({ rows, timeZone, errors, onChange }: AvailabilityEditorProps) {
  const styles = useProfileFormStyles();
  const id = useId();
  const [focusKey, setFocusKey] = useState<string | null>(null);

  useEffect(() => {
    if (!focusKey) return;
    document.getElementById(`${id}-${focusKey}-day`)?.focus();
    setFocusKey(null);
  }, [focusKey, id]);

  const change = (key: string, patch: Partial<SlotRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    const key = rowKey();
    const last = rows[rows.length - 1];
    const day = last ? String(Math.min(6, Number(last.day) + 1)) : "0";
    onChange([...rows, { key, day, start: "09:00", end: "12:00" }]);
    setFocusKey(key);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    const next = rows[index + 1] ?? rows[index - 1];
    if (next) setFocusKey(next.key);
    else document.getElementById(`${id}-add`)?.focus();
  };
  const groupError = errors.availability;

  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={[`${id}-hint`, groupError ? `${id}-error` : ""].filter(Boolean).join(" ")}
      data-invalid={groupError ? "true" : undefined}
    >
      <legend className={styles.legend}>Weekly times that suit me</legend>
      <p id={`${id}-hint`} className={styles.hint}>
        Times are in your time zone ({timeZone}). An end of 00:00 means midnight. Baton looks for times you
        share with your match.
      </p>
      {rows.length === 0 && <p className={styles.hint}>None yet.</p>}
      {rows.map((row, index) => {
        const dayId = `${id}-${row.key}-day`;
        const startId = `${id}-${row.key}-start`;
        const endId = `${id}-${row.key}-end`;
        return (
          <div key={row.key} role="group" aria-label={`Time ${index + 1}`} className={styles.slotRow}>
            <Field
              label={{ children: "Day", htmlFor: dayId }}
              {...errorProps(errors[`availability.${index}.day`])}
            >
              <Select id={dayId} value={row.day} onChange={(_, d) => change(row.key, { day: d.value })}>
                {dayNames.map((name, day) => (
                  <option key={name} value={String(day)}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={{ children: "From", htmlFor: startId }}
              {...errorProps(errors[`availability.${index}.startMinute`])}
            >
              <Input
                id={startId}
                type="time"
                step={900}
                value={row.start}
                onChange={(_, d) => change(row.key, { start: d.value })}
              />
            </Field>
            <Field
              label={{ children: "To", htmlFor: endId }}
              {...errorProps(errors[`availability.${index}.endMinute`])}
            >
              <Input
                id={endId}
                type="time"
                step={900}
                value={row.end}
                onChange={(_, d) => change(row.key, { end: d.value })}
              />
            </Field>
            <Button
              className={styles.rowAction}
              aria-label={`Remove ${rowLabel(row, index)}`}
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
          Add a time
        </Button>
      </div>
    </fieldset>
  );
}
