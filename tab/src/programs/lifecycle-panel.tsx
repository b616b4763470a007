import { Button, Field, Input, Select } from "@fluentui/react-components";
import {
  PROGRAM_STATUS_LABELS,
  type ProgramSetupView,
  type ProgramStatus,
  type ShareTargetView,
} from "@baton/shared";
import { useEffect, useState } from "react";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";

const MOVE_LABELS: Record<ProgramStatus, string> = {
  draft: "Back to draft",
  open: "Open for intake",
  running: "Start running",
  closing: "Start closing",
  closed: "Close the program",
};

interface LifecyclePanelProps {
  view: ProgramSetupView;
  onSaved: (view: ProgramSetupView) => void;
  onReload: () => void;
}

/** Where the program stands, the next lifecycle step, and how to invite people: link and join card. */
export function LifecyclePanel({ view, onSaved, onReload }: LifecyclePanelProps) {
  const s = useCommonStyles();
  const api = useApi();
  const move = useAsyncAction();
  const share = useAsyncAction();
  const [status, setStatus] = useState("");
  const [targets, setTargets] = useState<ShareTargetView[] | null>(null);
  const [target, setTarget] = useState("");
  const { program } = view;
  const joinable = program.status === "open" || program.status === "running";

  useEffect(() => {
    if (!joinable) return;
    let cancelled = false;
    api.shareTargets(program.programId).then(
      (found) => {
        if (cancelled) return;
        setTargets(found);
        setTarget((t) => t || found[0]?.conversationId || "");
      },
      () => !cancelled && setTargets([]),
    );
    return () => {
      cancelled = true;
    };
  }, [api, program.programId, joinable]);

  const go = async (to: ProgramStatus) => {
    const saved = await move.run(() => api.moveProgram(program.programId, to));
    if (saved) {
      onSaved(saved);
      setStatus(`The program is now: ${PROGRAM_STATUS_LABELS[to].toLowerCase()}.`);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(view.joinLink);
      setStatus("Join link copied.");
    } catch {
      setStatus("Select the link and copy it.");
    }
  };
  const post = async () => {
    const requestId = crypto.randomUUID().replace(/-/g, "");
    const done = await share.run(() => api.shareProgram(program.programId, target, requestId));
    if (done) setStatus("The join card was posted.");
  };

  return (
    <div className={s.stack}>
      <p className={s.meta}>The program's status and what happens next are shown at the top of this page.</p>
      {view.nextStatuses.length > 0 && (
        <div className={s.actions}>
          {view.nextStatuses.map((to) => (
            <Button
              key={to}
              appearance={to === "open" ? "primary" : "secondary"}
              disabled={move.busy}
              onClick={() => void go(to)}
            >
              {MOVE_LABELS[to]}
            </Button>
          ))}
        </div>
      )}
      <ActionError
        error={move.error}
        action="change the program's status"
        onReload={onReload}
        keepsText={false}
      />
      {joinable ? (
        <>
          <Field
            label="Join link"
            hint="Paste it anywhere in Teams (a chat, a channel post, an email): it opens the program's join page in Baton."
          >
            <Input readOnly value={view.joinLink} />
          </Field>
          <div className={s.actions}>
            <Button onClick={() => void copy()}>Copy join link</Button>
          </div>
          {targets && targets.length > 0 ? (
            <div className={s.row}>
              <Field
                label="Post a join card in"
                hint="Chats and channels where Baton is installed and you're a member."
              >
                <Select value={target} onChange={(_, d) => setTarget(d.value)}>
                  {targets.map((t) => (
                    <option key={t.conversationId} value={t.conversationId}>
                      {t.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button disabled={!target || share.busy} onClick={() => void post()}>
                Post join card
              </Button>
            </div>
          ) : (
            <p className={s.meta}>
              Baton isn't in any chat or channel you're in yet. To post a join card, add Baton to a team or
              group chat (Apps → Baton → Add to a team or chat); it shows up here once Teams tells Baton.
              Until then, copy the join link above.
            </p>
          )}
          <ActionError
            error={share.error}
            action="post the join card"
            onReload={onReload}
            keepsText={false}
          />
        </>
      ) : (
        program.status === "draft" && (
          <p className={s.meta}>Nobody can see or join the program until you open it for intake.</p>
        )
      )}
      <LiveStatus message={status} />
    </div>
  );
}
