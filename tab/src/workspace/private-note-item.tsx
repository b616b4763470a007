import { Button, Field, Textarea } from "@fluentui/react-components";
import type { PrivateNoteDocument } from "@baton/shared";
import { useState } from "react";
import { errorMessage } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { excerpt } from "./excerpt";
import { useWorkspace } from "./workspace-context";
import { focusItem, itemDomId, sectionHeadingId } from "./focus-item";
import { useDeleteWithUndo } from "./use-delete-with-undo";

export function PrivateNoteItem({ note }: { note: PrivateNoteDocument }) {
  const styles = useCommonStyles();
  const api = useApi();
  const { locale, timeZone } = useViewer();
  const { pairId, update, reload, refreshing, readOnly } = useWorkspace();
  const save = useAsyncAction();
  const [draft, setDraft] = useState<string | null>(null);
  const [draftError, setDraftError] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const serverMessage = save.errorField === "text" ? errorMessage(save.error) : undefined;
  const message = draftError ?? serverMessage;
  const { remove, action: removing } = useDeleteWithUndo();
  const backToNote = () =>
    focusItem(itemDomId("privateNote", note.noteId), sectionHeadingId("private-notes"));

  const onSave = async () => {
    if (draft === null) return;
    if (!draft.trim()) {
      setDraftError("The note is empty. Write something or cancel.");
      return;
    }
    setStatus("");
    const saved = await save.run(() =>
      api.updatePrivateNote(pairId, note.noteId, { etag: note._etag ?? "", text: draft }),
    );
    if (!saved) return;
    update.privateNote(saved);
    setDraft(null);
    setStatus("Private note saved.");
    backToNote();
  };

  return (
    <div className={styles.card} id={itemDomId("privateNote", note.noteId)} tabIndex={-1}>
      {draft === null ? (
        <>
          <p className={styles.text}>{note.text}</p>
          <p className={styles.meta}>
            {note.updatedAt !== note.createdAt ? "Edited" : "Written"}{" "}
            {formatInstant(note.updatedAt, locale, timeZone)}
          </p>
          {!readOnly && (
            <div className={styles.actions}>
              <Button
                aria-label={`Edit note “${excerpt(note.text)}”`}
                onClick={() => {
                  save.clearError();
                  setStatus("");
                  setDraft(note.text);
                }}
              >
                Edit
              </Button>
              <Button
                aria-label={`Delete note “${excerpt(note.text)}”`}
                disabled={removing.busy}
                onClick={() =>
                  void remove({
                    ref: { kind: "privateNote", id: note.noteId },
                    etag: note._etag ?? "",
                    label: excerpt(note.text),
                    section: "private-notes",
                  })
                }
              >
                Delete
              </Button>
            </div>
          )}
          <ActionError
            error={removing.error}
            action="delete the note"
            onReload={() => void reload().then(removing.clearError)}
            reloading={refreshing}
            keepsText={false}
          />
        </>
      ) : (
        <form
          className={styles.stack}
          onSubmit={(e) => {
            e.preventDefault();
            void onSave();
          }}
        >
          <Field
            label="Edit private note"
            {...(message ? { validationMessage: message, validationState: "error" as const } : {})}
          >
            <Textarea
              value={draft}
              maxLength={20000}
              rows={5}
              resize="vertical"
              onChange={(_, d) => {
                setDraft(d.value);
                setDraftError(undefined);
              }}
            />
          </Field>
          <ActionError
            error={save.error}
            action="save the private note"
            onReload={() => void reload().then(save.clearError)}
            reloading={refreshing}
            shownInForm={!!serverMessage}
          />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={save.busy}>
              Save note
            </Button>
            <Button
              type="button"
              disabled={save.busy}
              onClick={() => {
                setDraft(null);
                backToNote();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
      <LiveStatus message={status} />
    </div>
  );
}
