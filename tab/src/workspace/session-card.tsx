import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { SessionDocument } from "@baton/shared";
import { useState } from "react";
import { errorMessage } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant, instantToWallTime, wallTimeToInstant } from "../format/dates";
import { DeleteConfirmation } from "./delete-confirmation";
import { focusItem, itemDomId, sectionHeadingId } from "./focus-item";
import { useDeleteWithUndo } from "./use-delete-with-undo";
import { templateLabels } from "../format/labels";
import { useViewer } from "../teams/host-context";
import { AgendaList } from "./agenda-list";
import { memberName, useWorkspace } from "./workspace-context";

export function SessionCard({ session }: { session: SessionDocument }) {
  const styles = useCommonStyles();
  const api = useApi();
  const { locale, timeZone } = useViewer();
  const { pairId, view, update, reload, refreshing, readOnly } = useWorkspace();
  const save = useAsyncAction();
  const [draft, setDraft] = useState<{ notes: string; at: string; duration: string } | null>(null);
  const [baseEtag, setBaseEtag] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [confirming, setConfirming] = useState(false);
  const { remove, action: removing } = useDeleteWithUndo();
  const when = formatInstant(session.at, locale, timeZone);
  const headingId = `session-${session.sessionId}-title`;
  const serverMessage = save.errorField ? errorMessage(save.error) : undefined;
  const linked = view.actionItems.filter((a) => a.sessionId === session.sessionId).length;
  const errorFor = (field: string) => {
    const message = errors[field] ?? (save.errorField === field ? serverMessage : undefined);
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };
  const backToCard = () => focusItem(itemDomId("session", session.sessionId), sectionHeadingId("sessions"));

  const onSave = async () => {
    if (draft === null) return;
    setStatus("");
    const at = wallTimeToInstant(draft.at, timeZone);
    const minutes = Number(draft.duration);
    const next: Record<string, string | undefined> = {};
    if (!at) next.at = "Choose the date and time of the session.";
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480)
      next.durationMinutes = "Enter whole minutes between 5 and 480.";
    setErrors(next);
    if (!at || next.durationMinutes) return;
    const saved = await save.run(() =>
      api.updateSession(pairId, session.sessionId, {
        etag: session._etag ?? "",
        at,
        durationMinutes: minutes,
        sharedNotes: draft.notes,
      }),
    );
    if (!saved) return;
    update.session(saved);
    setDraft(null);
    setStatus("Session saved.");
    backToCard();
  };

  const onDelete = () =>
    void remove({
      ref: { kind: "session", id: session.sessionId },
      etag: session._etag ?? "",
      label: `Session on ${when}`,
      section: "sessions",
    }).then((done) => done && setConfirming(false));

  return (
    <article
      className={styles.card}
      aria-labelledby={headingId}
      id={itemDomId("session", session.sessionId)}
      tabIndex={-1}
    >
      <h3 id={headingId} className={styles.h3}>
        {when} · {templateLabels[session.template]}
      </h3>
      <p className={styles.meta}>
        {session.durationMinutes} minutes · logged by {memberName(view, session.loggedBy)}
        {session.met === false ? " · marked as not met" : ""}
        {session.usefulness ? ` · usefulness ${session.usefulness} of 5` : ""}
      </p>
      <AgendaList items={session.agenda} label={`Agenda for ${when}`} />
      {draft === null ? (
        <>
          <div>
            <p className={styles.dt}>Shared notes</p>
            <p className={styles.text}>
              {session.sharedNotes.trim() ? session.sharedNotes : "No shared notes yet."}
            </p>
          </div>
          {!readOnly && (
            <div className={styles.actions}>
              <Button
                aria-describedby={headingId}
                onClick={() => {
                  save.clearError();
                  setStatus("");
                  setErrors({});
                  setBaseEtag(session._etag);
                  setDraft({
                    notes: session.sharedNotes,
                    at: instantToWallTime(session.at, timeZone),
                    duration: String(session.durationMinutes),
                  });
                }}
              >
                Edit session
              </Button>
              <Button
                aria-describedby={headingId}
                disabled={removing.busy}
                onClick={() => (linked > 0 ? setConfirming(true) : onDelete())}
              >
                Delete session
              </Button>
            </div>
          )}
          <DeleteConfirmation
            confirming={confirming}
            onClose={() => setConfirming(false)}
            title={`Delete the session on ${when}?`}
            text={`${linked} action ${linked === 1 ? "item comes" : "items come"} from this session; ${linked === 1 ? "it stays" : "they stay"}, no longer linked to a session. You can undo this right after.`}
            confirmLabel="Delete session"
            removing={removing}
            onConfirm={onDelete}
            action="delete the session"
          />
        </>
      ) : (
        <form
          aria-label={`Edit the session on ${when}`}
          className={styles.stack}
          onSubmit={(e) => {
            e.preventDefault();
            void onSave();
          }}
        >
          <div className={styles.formRow}>
            <Field label="Date and time" required hint={`Your time zone: ${timeZone}`} {...errorFor("at")}>
              <Input
                type="datetime-local"
                value={draft.at}
                onChange={(_, d) => {
                  setDraft({ ...draft, at: d.value });
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
                value={draft.duration}
                onChange={(_, d) => {
                  setDraft({ ...draft, duration: d.value });
                  setErrors((e) => ({ ...e, durationMinutes: undefined }));
                }}
              />
            </Field>
          </div>
          <Field label="Shared notes" hint="Both of you can read these." {...errorFor("sharedNotes")}>
            <Textarea
              value={draft.notes}
              maxLength={20000}
              rows={6}
              resize="vertical"
              onChange={(_, d) => setDraft({ ...draft, notes: d.value })}
            />
          </Field>
          {baseEtag !== session._etag && (
            <details>
              <summary>The session changed while you were editing. Show the latest saved notes.</summary>
              <p className={styles.text}>{session.sharedNotes || "(empty)"}</p>
            </details>
          )}
          <ActionError
            error={save.error}
            action="save the session"
            onReload={() => void reload().then(save.clearError)}
            reloading={refreshing}
            shownInForm={!!serverMessage}
          />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={save.busy}>
              Save
            </Button>
            <Button
              type="button"
              disabled={save.busy}
              onClick={() => {
                setDraft(null);
                backToCard();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
      <LiveStatus message={status} />
    </article>
  );
}
