import { AddRegular } from "@fluentui/react-icons";
import { Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { FormEvent } from "react";
import { errorMessage } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { EmptyState } from "../components/empty-state";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { PrivateNoteItem } from "./private-note-item";
import { useWorkspace } from "./workspace-context";

export function PrivateNotesSection() {
  const styles = useCommonStyles();
  const api = useApi();
  const { pairId, view, update, reload, refreshing, readOnly } = useWorkspace();
  const add = useAsyncAction();
  const [text, setText] = useState("");
  const [textError, setTextError] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const notes = [...view.privateNotes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const serverMessage = add.errorField === "text" ? errorMessage(add.error) : undefined;
  const message = textError ?? serverMessage;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("");
    if (!text.trim()) {
      setTextError("Write the note first.");
      return;
    }
    const saved = await add.run(() => api.createPrivateNote(pairId, { text }));
    if (!saved) return;
    update.privateNote(saved);
    setText("");
    setStatus("Private note added.");
  };

  return (
    <div className={styles.stack}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <strong>Only you can see these.</strong> Your partner, program owners and reports never see your
          private notes.
        </MessageBarBody>
      </MessageBar>
      {notes.length === 0 ? (
        <EmptyState title="No private notes yet">
          Use them to prepare for a session or reflect afterwards. Add one below.
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {notes.map((note) => (
            <li key={note.noteId}>
              <PrivateNoteItem note={note} />
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
          <h3 id="add-note-heading" className={styles.h3}>
            Add a private note
          </h3>
          <Field
            label="New private note"
            hint="Only you can see this note."
            {...(message ? { validationMessage: message, validationState: "error" as const } : {})}
          >
            <Textarea
              value={text}
              maxLength={20000}
              rows={4}
              resize="vertical"
              onChange={(_, d) => {
                setText(d.value);
                setTextError(undefined);
              }}
            />
          </Field>
          <ActionError
            error={add.error}
            action="add the private note"
            onReload={() => void reload().then(add.clearError)}
            reloading={refreshing}
            shownInForm={!!serverMessage}
          />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={add.busy} icon={<AddRegular />}>
              Add private note
            </Button>
          </div>
          <LiveStatus message={status} />
        </form>
      )}
    </div>
  );
}
