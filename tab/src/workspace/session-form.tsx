import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { AgendaTemplateKind } from "@baton/shared";
import { useState } from "react";
import type { FormEvent } from "react";
import { errorMessage, formFieldOf } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant, wallTimeToInstant } from "../format/dates";
import { templateKinds, templateLabels } from "../format/labels";
import { useViewer } from "../teams/host-context";
import { AgendaList } from "./agenda-list";
import { useWorkspace } from "./workspace-context";

const formFields = ["at", "durationMinutes", "template", "sharedNotes"];

export function SessionForm() {
  const styles = useCommonStyles();
  const api = useApi();
  const { locale, timeZone } = useViewer();
  const { pairId, view, update, reload, refreshing } = useWorkspace();
  const add = useAsyncAction();
  const [at, setAt] = useState("");
  const [duration, setDuration] = useState(String(view.agreement?.terms.meetingLengthMinutes ?? 60));
  const [template, setTemplate] = useState<AgendaTemplateKind>(
    view.sessions.length === 0 ? "first" : "regular",
  );
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [status, setStatus] = useState("");

  const serverField = formFieldOf(add.errorField);
  const serverMessage = serverField && formFields.includes(serverField) ? errorMessage(add.error) : undefined;
  const errorFor = (field: string) => {
    const message = errors[field] ?? (serverField === field ? serverMessage : undefined);
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("");
    const instant = wallTimeToInstant(at, timeZone);
    const minutes = Number(duration);
    const next: Record<string, string | undefined> = {};
    if (!instant) next.at = "Choose the date and time of the session.";
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480)
      next.durationMinutes = "Enter whole minutes between 5 and 480.";
    setErrors(next);
    if (!instant || next.durationMinutes) return;
    const saved = await add.run(() =>
      api.createSession(pairId, { at: instant, durationMinutes: minutes, template, sharedNotes: notes }),
    );
    if (!saved) return;
    update.session(saved);
    setAt("");
    setNotes("");
    setTemplate("regular");
    setStatus(`Session on ${formatInstant(saved.at, locale, timeZone)} logged.`);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="log-session-heading" className={styles.h3}>
        Log a session
      </h3>
      <div className={styles.formRow}>
        <Field label="Date and time" required hint={`Your time zone: ${timeZone}`} {...errorFor("at")}>
          <Input
            type="datetime-local"
            value={at}
            onChange={(_, d) => {
              setAt(d.value);
              setErrors((e) => ({ ...e, at: undefined }));
            }}
          />
        </Field>
        <Field label="Duration (minutes)" {...errorFor("durationMinutes")}>
          <Input
            type="number"
            min={5}
            max={480}
            step={5}
            value={duration}
            onChange={(_, d) => {
              setDuration(d.value);
              setErrors((e) => ({ ...e, durationMinutes: undefined }));
            }}
          />
        </Field>
      </div>
      <Field label="Agenda template" {...errorFor("template")}>
        <Select value={template} onChange={(_, d) => setTemplate(d.value as AgendaTemplateKind)}>
          {templateKinds.map((kind) => (
            <option key={kind} value={kind}>
              {templateLabels[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <p className={styles.dt} id="agenda-preview-heading">
          Agenda: {templateLabels[template]}
        </p>
        <AgendaList items={view.agendaTemplates[template] ?? []} label="Agenda of the chosen template" />
      </div>
      <Field
        label="Notes for both of you"
        hint="Optional. You can add them later."
        {...errorFor("sharedNotes")}
      >
        <Textarea value={notes} maxLength={20000} resize="vertical" onChange={(_, d) => setNotes(d.value)} />
      </Field>
      <ActionError
        error={add.error}
        action="log the session"
        onReload={() => void reload().then(add.clearError)}
        reloading={refreshing}
        shownInForm={!!serverMessage}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={add.busy}>
          Log session
        </Button>
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
