import { Button, Checkbox, Field, ProgressBar } from "@fluentui/react-components";
import type { GoalDocument } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatDate } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { goalWithMilestone, milestoneProgress } from "./goal-progress";
import { useWorkspace } from "./workspace-context";
import { DeleteConfirmation } from "./delete-confirmation";
import { itemDomId } from "./focus-item";
import { GoalForm } from "./goal-form";
import { useDeleteWithUndo } from "./use-delete-with-undo";

export function GoalCard({ goal }: { goal: GoalDocument }) {
  const styles = useCommonStyles();
  const api = useApi();
  const { locale } = useViewer();
  const { pairId, update, reload, refreshing, readOnly } = useWorkspace();
  const tick = useAsyncAction();
  const [status, setStatus] = useState("");
  /** The milestone being saved and the state the user asked for, shown at once (reverted if the save fails). */
  const [pending, setPending] = useState<{ milestoneId: string; done: boolean } | null>(null);
  const progress = milestoneProgress(goal);
  const headingId = `goal-${goal.goalId}-title`;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { remove, action: removing } = useDeleteWithUndo();

  const deleteGoal = () =>
    void remove({
      ref: { kind: "goal", id: goal.goalId },
      etag: goal._etag ?? "",
      label: goal.title,
      section: "goals",
    }).then((done) => done && setConfirming(false));
  const deleteMilestone = (milestoneId: string, title: string) =>
    void remove({
      ref: { kind: "milestone", id: milestoneId, goalId: goal.goalId },
      etag: goal._etag ?? "",
      label: title,
      section: "goals",
    });

  if (editing) return <GoalForm goal={goal} onClose={() => setEditing(false)} />;

  const onTick = async (milestoneId: string, title: string, done: boolean) => {
    setStatus("");
    setPending({ milestoneId, done });
    const saved = await tick.run(() =>
      api.updateGoal(pairId, goal.goalId, goalWithMilestone(goal, milestoneId, done)),
    );
    setPending(null);
    if (!saved) return;
    update.goal(saved);
    setStatus(`“${title}” marked ${done ? "done" : "not done"}. ${milestoneProgress(saved).text}.`);
  };

  return (
    <article
      className={styles.card}
      aria-labelledby={headingId}
      id={itemDomId("goal", goal.goalId)}
      tabIndex={-1}
    >
      <h3 id={headingId} className={styles.h3}>
        {goal.title}
      </h3>
      {goal.description && <p className={styles.text}>{goal.description}</p>}
      {goal.targetDate && <p className={styles.meta}>Target date: {formatDate(goal.targetDate, locale)}</p>}
      <Field label={`Progress: ${progress.text}`} validationState="none">
        <ProgressBar value={progress.fraction} max={1} thickness="large" />
      </Field>
      {goal.milestones.length > 0 && (
        <fieldset className={styles.stack} style={{ border: "none", margin: 0, padding: 0 }}>
          <legend className={styles.meta}>Milestones</legend>
          {goal.milestones.map((milestone) => (
            <div key={milestone.milestoneId}>
              {readOnly ? (
                <span>{milestone.title}</span>
              ) : (
                <Checkbox
                  label={milestone.title}
                  checked={pending?.milestoneId === milestone.milestoneId ? pending.done : milestone.done}
                  disabled={tick.busy}
                  onChange={(_, data) =>
                    void onTick(milestone.milestoneId, milestone.title, data.checked === true)
                  }
                />
              )}
              {milestone.targetDate && (
                <span className={styles.meta}> · by {formatDate(milestone.targetDate, locale)}</span>
              )}
              {milestone.done && <span className={styles.meta}> · Done</span>}
              {!readOnly && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Delete milestone “${milestone.title}”`}
                  disabled={removing.busy}
                  onClick={() => deleteMilestone(milestone.milestoneId, milestone.title)}
                >
                  Delete
                </Button>
              )}
            </div>
          ))}
        </fieldset>
      )}
      {!readOnly && (
        <div className={styles.actions}>
          <Button aria-label={`Edit goal “${goal.title}”`} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button
            aria-label={`Delete goal “${goal.title}”`}
            disabled={removing.busy}
            onClick={() => (goal.milestones.length > 0 ? setConfirming(true) : deleteGoal())}
          >
            Delete
          </Button>
        </div>
      )}
      <DeleteConfirmation
        confirming={confirming}
        onClose={() => setConfirming(false)}
        title={`Delete the goal “${goal.title}”?`}
        text={`Its ${goal.milestones.length} ${goal.milestones.length === 1 ? "milestone goes" : "milestones go"} with it. You can undo this right after.`}
        confirmLabel="Delete goal"
        removing={removing}
        onConfirm={deleteGoal}
        action="delete it"
      />
      <ActionError
        error={tick.error}
        action="update the milestone"
        onReload={() => void reload().then(tick.clearError)}
        reloading={refreshing}
        keepsText={false}
      />
      <LiveStatus message={status} />
    </article>
  );
}
