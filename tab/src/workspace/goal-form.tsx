import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { CreateGoalInput } from "@baton/shared";
import { useState } from "react";
import type { FormEvent } from "react";
import { errorMessage, formFieldOf } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useWorkspace } from "./workspace-context";

const formFields = ["title", "description", "targetDate", "milestones"];

export function GoalForm() {
  const styles = useCommonStyles();
  const api = useApi();
  const { pairId, update, reload, refreshing } = useWorkspace();
  const add = useAsyncAction();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [targetDate, setTargetDate] = useState("");
  const [milestones, setMilestones] = useState<string[]>([""]);
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
        .map((m) => m.trim())
        .filter((m) => m.length > 0)
        .map((m) => ({ title: m, done: false })),
    };
    const saved = await add.run(() => api.createGoal(pairId, input));
    if (!saved) return;
    update.goal(saved);
    setTitle("");
    setDescription("");
    setTargetDate("");
    setMilestones([""]);
    setStatus(`Goal “${saved.title}” added.`);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="add-goal-heading" className={styles.h3}>
        Add a goal
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
                value={milestone}
                maxLength={200}
                onChange={(_, d) => setMilestones((all) => all.map((m, i) => (i === index ? d.value : m)))}
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
            onClick={() => setMilestones((all) => [...all, ""])}
          >
            Add milestone
          </Button>
        </div>
      </fieldset>
      <ActionError
        error={add.error}
        action="add the goal"
        onReload={() => void reload().then(add.clearError)}
        reloading={refreshing}
        shownInForm={!!serverMessage}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={add.busy}>
          Add goal
        </Button>
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
