import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { AgreementTerms, Cadence } from "@baton/shared";
import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { focusAfter } from "../components/focus-after";
import { useCommonStyles } from "../components/use-common-styles";
import { cadenceLabels, cadences } from "../format/labels";
import { fromFormValues, toFormValues } from "./agreement-form-values";
import type { AgreementField, AgreementFormValues, FieldErrors } from "./agreement-form-values";

interface AgreementFormProps {
  initial: AgreementTerms;
  busy: boolean;
  /** An error from the server for one field (e.g. "endDate"), shown next to it. */
  serverField?: AgreementField;
  serverMessage?: string;
  onSave: (terms: AgreementTerms) => void;
  onCancel: () => void;
}

export function AgreementForm({
  initial,
  busy,
  serverField,
  serverMessage,
  onSave,
  onCancel,
}: AgreementFormProps) {
  const styles = useCommonStyles();
  const [values, setValues] = useState<AgreementFormValues>(() => toFormValues(initial));
  const [errors, setErrors] = useState<FieldErrors<AgreementField>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const firstInvalid = () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');

  // Opening the form puts focus in its first field; a field the server refused gets focus too.
  useEffect(() => {
    void focusAfter(() => formRef.current?.querySelector("textarea"));
  }, []);
  useEffect(() => {
    if (serverField) void focusAfter(firstInvalid);
  }, [serverField, serverMessage]);

  const set = (field: AgreementField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const messageFor = (field: AgreementField) =>
    errors[field] ?? (serverField === field ? serverMessage : undefined);

  const fieldProps = (field: AgreementField) => {
    const message = messageFor(field);
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = fromFormValues(values);
    setErrors(result.errors);
    if (result.terms) onSave(result.terms);
    else void focusAfter(firstInvalid);
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate aria-label="Edit agreement">
      <Field label="Goals" hint="What you want to achieve together." {...fieldProps("goals")}>
        <Textarea
          value={values.goals}
          onChange={(_, d) => set("goals")(d.value)}
          resize="vertical"
          rows={4}
        />
      </Field>
      <div className={styles.formRow}>
        <Field label="Meeting frequency" {...fieldProps("meetingFrequency")}>
          <Select
            value={values.meetingFrequency}
            onChange={(_, d) => set("meetingFrequency")(d.value as Cadence)}
          >
            {cadences.map((cadence) => (
              <option key={cadence} value={cadence}>
                {cadenceLabels[cadence]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Meeting length (minutes)" {...fieldProps("meetingLengthMinutes")}>
          <Input
            type="number"
            min={15}
            max={240}
            step={5}
            value={values.meetingLengthMinutes}
            onChange={(_, d) => set("meetingLengthMinutes")(d.value)}
          />
        </Field>
      </div>
      <Field
        label="Channels"
        hint="Separate with commas, e.g. Teams chat, video call."
        {...fieldProps("channels")}
      >
        <Input value={values.channels} onChange={(_, d) => set("channels")(d.value)} />
      </Field>
      <Field label="Response time" {...fieldProps("responseTime")}>
        <Input value={values.responseTime} onChange={(_, d) => set("responseTime")(d.value)} />
      </Field>
      <Field label="Confidentiality" {...fieldProps("confidentiality")}>
        <Textarea
          value={values.confidentiality}
          onChange={(_, d) => set("confidentiality")(d.value)}
          resize="vertical"
        />
      </Field>
      <Field label="Boundaries" {...fieldProps("boundaries")}>
        <Textarea
          value={values.boundaries}
          onChange={(_, d) => set("boundaries")(d.value)}
          resize="vertical"
        />
      </Field>
      <div className={styles.formRow}>
        <Field label="Start date" {...fieldProps("startDate")}>
          <Input type="date" value={values.startDate} onChange={(_, d) => set("startDate")(d.value)} />
        </Field>
        <Field label="End date" {...fieldProps("endDate")}>
          <Input type="date" value={values.endDate} onChange={(_, d) => set("endDate")(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Save agreement
        </Button>
        <Button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
