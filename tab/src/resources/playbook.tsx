import { Button, Field, Textarea } from "@fluentui/react-components";
import type { PlaybookDocument } from "@baton/shared";
import { lazy, Suspense, useState } from "react";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { LoadingState } from "../components/loading-state";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";

const MarkdownView = lazy(() => import("./markdown-view"));

/** The mentor playbook, rendered (Markdown, loaded on demand). */
export function PlaybookView({ markdown }: { markdown: string }) {
  return (
    <Suspense fallback={<LoadingState label="Loading the playbook…" />}>
      <MarkdownView markdown={markdown} label="Playbook text" />
    </Suspense>
  );
}

interface PlaybookEditorProps {
  playbook: PlaybookDocument | null;
  save: (markdown: string, etag?: string) => Promise<PlaybookDocument>;
  onSaved: (saved: PlaybookDocument) => void;
  onReload: () => void;
}

/** Owners write the playbook in Markdown; a preview shows it as mentors will see it. */
export function PlaybookEditor({ playbook, save, onSaved, onReload }: PlaybookEditorProps) {
  const common = useCommonStyles();
  const action = useAsyncAction();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(playbook?.markdown ?? "");
  const [status, setStatus] = useState("");

  if (!editing)
    return (
      <div className={common.stack}>
        {playbook?.markdown ? (
          <PlaybookView markdown={playbook.markdown} />
        ) : (
          <p className={common.meta}>No playbook yet. Mentors see it in their pair workspaces.</p>
        )}
        <div className={common.actions}>
          <Button
            onClick={() => {
              setText(playbook?.markdown ?? "");
              setEditing(true);
            }}
          >
            {playbook ? "Edit the playbook" : "Write the playbook"}
          </Button>
        </div>
        <LiveStatus message={status} />
      </div>
    );

  const submit = async () => {
    const saved = await action.run(() => save(text, playbook?._etag));
    if (!saved) return;
    onSaved(saved);
    setEditing(false);
    setStatus("Playbook saved.");
  };
  return (
    <div className={common.stack}>
      <Field
        label="Mentor playbook (Markdown)"
        hint="Headings with #, lists with -, links as [text](https://…)."
      >
        <Textarea
          value={text}
          rows={14}
          maxLength={20000}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
        />
      </Field>
      <details>
        <summary>Preview</summary>
        <PlaybookView markdown={text} />
      </details>
      <ActionError error={action.error} action="save the playbook" onReload={onReload} keepsText />
      <div className={common.actions}>
        <Button appearance="primary" onClick={() => void submit()} disabled={action.busy}>
          Save playbook
        </Button>
        <Button onClick={() => setEditing(false)}>Cancel</Button>
      </div>
    </div>
  );
}
