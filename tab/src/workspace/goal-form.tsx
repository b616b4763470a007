import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { CreateGoalInput, GoalDocument, Milestone } from "@baton/shared";
import { useState } from "react";
import type { FormEvent } from "react";
import { errorMessage, formFieldOf } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { focusItem, itemDomId, sectionHeadingId } from "./focus-item";
import { useWorkspace } from "./workspace-context";

const formFields = ["title", "description", "targetDate", "milestones"];

/** A line of the milestones list: an existing milestone keeps its id, date and done state. */
interface MilestoneLine {
  title: string;
  existing?: Milestone;
}

/**
 * Adds a goal, or (with `goal`) corrects one inline: the same fields and checks, Save and Cancel;
 * focus returns to the goal.
 */
export function GoalForm({ goal, onClose }: { goal?: GoalDocument; onClose?: () => void }) {
  const styles = useCommonStyles();
  const api = useApi();
  const { pairId, update, reload, refreshing } = useWorkspace();
  const add = useAsyncAction();
  const [title, setTitle] = useState(goal?.title ?? "");
  const [description, setDescription] = useState(goal?.description ?? "");
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? "");
  const [milestones, setMilestones] = useState<MilestoneLine[]>(
    goal && goal.milestones.length > 0
      ? goal.milestones.map((m) => ({ title: m.title, existing: m }))
      : [{ title: "" }],
  );
  const headingId = goal ? `edit-goal-${goal.goalId}-heading` : "add-goal-heading";
  const close = () => {
    onClose?.();
    if (goal) focusItem(itemDomId("goal", goal.goalId), sectionHeadingId("goals"));
  };
  const [titleError, setTitleError] = useState<string | undefined>();
  const [status, setStatus] = useState("");

  const serverField = formFieldOf(add.errorField);
  const serverMessage = serverField && formFields.includes(serverField) ? errorMessage(add.error) : undefined;
  const errorFor = (field: string) =>
    field === "title" && titleError
      ? { validationMessage: titleError, validationState: "error" as const }
      : serverField === field && serverMessage
        ? { validationMessage: serverMessage, validationState: "error" as const }
        : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("");
    if (!title.trim()) {
      setTitleError("Give the goal a title.");
      return;
    }
    const input: CreateGoalInput = {
      title: title.trim(),
      description,
      targetDate: targetDate || undefined,
      milestones: milestones
        .map((m) => ({ ...m, title: m.title.trim() }))
        .filter((m) => m.title.length > 0)
        .map(({ title: text, existing }) =>
          existing
            ? {
                milestoneId: existing.milestoneId,
                title: text,
                done: existing.done,
                ...(existing.targetDate ? { targetDate: existing.targetDate } : {}),
              }
            : { title: text, done: false },
        ),
    };
    if (goal) {
      const edited = await add.run(() =>
        api.updateGoal(pairId, goal.goalId, { ...input, etag: goal._etag ?? "" }),
      );
      if (!edited) return;
      update.goal(edited);
      close();
      return;
    }
    const saved = await add.run(() => api.createGoal(pairId, input));
    if (!saved) return;
    update.goal(saved);
    setTitle("");
    setDescription("");
    setTargetDate("");
    setMilestones([{ title: "" }]);
    setStatus(`Goal “${saved.title}” added.`);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {goal ? `Edit “${goal.title}”` : "Add a goal"}
      </h3>
      <Field label="Goal title" required {...errorFor("title")}>
        <Input
          value={title}
          maxLength={200}
          onChange={(_, d) => {
            setTitle(d.value);
            setTitleError(undefined);
          }}
        />
      </Field>
      <Field label="Description" {...errorFor("description")}>
        <Textarea
          value={description}
          maxLength={2000}
          onChange={(_, d) => setDescription(d.value)}
          resize="vertical"
        />
      </Field>
      <Field label="Target date" {...errorFor("targetDate")}>
        <Input type="date" value={targetDate} onChange={(_, d) => setTargetDate(d.value)} />
      </Field>
      <fieldset className={styles.stack} style={{ border: "none", margin: 0, padding: 0 }}>
        <legend className={styles.h3}>Milestones</legend>
        {serverField === "milestones" && serverMessage && <p role="alert">{serverMessage}</p>}
        {milestones.map((milestone, index) => (
          <div key={index} className={styles.row}>
            <Field label={`Milestone ${index + 1}`} style={{ flexGrow: 1 }}>
              <Input
                value={milestone.title}
                maxLength={200}
                onChange={(_, d) =>
                  setMilestones((all) => all.map((m, i) => (i === index ? { ...m, title: d.value } : m)))
                }
              />
            </Field>
            {milestones.length > 1 && (
              <Button
                type="button"
                appearance="subtle"
                aria-label={`Remove line ${index + 1} of the milestones`}
                onClick={() => setMilestones((all) => all.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            )}
          </div>
        ))}
        <div>
          <Button
            type="button"
            disabled={milestones.length >= 30}
            onClick={() => setMilestones((all) => [...all, { title: "" }])}
          >
            Add milestone
          </Button>
        </div>
      </fieldset>
      <ActionError
        error={add.error}
        action={goal ? "save the goal" : "add the goal"}
        onReload={() => void reload().then(add.clearError)}
        reloading={refreshing}
        shownInForm={!!serverMessage}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={add.busy}>
          {goal ? "Save" : "Add goal"}
        </Button>
        {goal && (
          <Button type="button" disabled={add.busy} onClick={close}>
            Cancel
          </Button>
        )}
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
