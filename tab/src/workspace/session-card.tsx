import { Button, Field, Textarea } from "@fluentui/react-components";
import type { SessionDocument } from "@baton/shared";
import { useState } from "react";
import { errorMessage } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
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
  const [draft, setDraft] = useState<string | null>(null);
  const [baseEtag, setBaseEtag] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState("");
  const when = formatInstant(session.at, locale, timeZone);
  const headingId = `session-${session.sessionId}-title`;
  const serverMessage = save.errorField === "sharedNotes" ? errorMessage(save.error) : undefined;

  const onSave = async () => {
    if (draft === null) return;
    setStatus("");
    const saved = await save.run(() =>
      api.updateSession(pairId, session.sessionId, { etag: session._etag ?? "", sharedNotes: draft }),
    );
    if (!saved) return;
    update.session(saved);
    setDraft(null);
    setStatus("Shared notes saved.");
  };

  return (
    <article className={styles.card} aria-labelledby={headingId}>
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
                  setBaseEtag(session._etag);
                  setDraft(session.sharedNotes);
                }}
              >
                Edit shared notes
              </Button>
            </div>
          )}
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
            label="Shared notes"
            hint="Both of you can read these."
            {...(serverMessage
              ? { validationMessage: serverMessage, validationState: "error" as const }
              : {})}
          >
            <Textarea
              value={draft}
              maxLength={20000}
              rows={6}
              resize="vertical"
              onChange={(_, d) => setDraft(d.value)}
            />
          </Field>
          {baseEtag !== session._etag && (
            <details>
              <summary>The shared notes changed while you were editing. Show the latest saved notes.</summary>
              <p className={styles.text}>{session.sharedNotes || "(empty)"}</p>
            </details>
          )}
          <ActionError
            error={save.error}
            action="save the shared notes"
            onReload={() => void reload().then(save.clearError)}
            reloading={refreshing}
            shownInForm={!!serverMessage}
          />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={save.busy}>
              Save notes
            </Button>
            <Button type="button" disabled={save.busy} onClick={() => setDraft(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      <LiveStatus message={status} />
    </article>
  );
}
