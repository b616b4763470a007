import { AddRegular } from "@fluentui/react-icons";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { FormEvent } from "react";
import { errorMessage, formFieldOf } from "../api/error-message";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useWorkspace } from "./workspace-context";

const formFields = ["title", "ownerId", "dueDate"];

export function ActionItemForm() {
  const styles = useCommonStyles();
  const api = useApi();
  const { pairId, view, update, reload, refreshing } = useWorkspace();
  const add = useAsyncAction();
  const [title, setTitle] = useState("");
  const [ownerId, setOwnerId] = useState(view.me.userId);
  const [dueDate, setDueDate] = useState("");
  const [titleError, setTitleError] = useState<string | undefined>();
  const [status, setStatus] = useState("");

  const serverField = formFieldOf(add.errorField);
  const serverMessage = serverField && formFields.includes(serverField) ? errorMessage(add.error) : undefined;
  const errorFor = (field: string) => {
    const message =
      field === "title" && titleError ? titleError : serverField === field ? serverMessage : undefined;
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("");
    if (!title.trim()) {
      setTitleError("Describe the action item.");
      return;
    }
    const saved = await add.run(() =>
      api.createActionItem(pairId, { title: title.trim(), ownerId, dueDate: dueDate || undefined }),
    );
    if (!saved) return;
    update.actionItem(saved);
    setTitle("");
    setDueDate("");
    setStatus(`Action item “${saved.title}” added.`);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="add-action-heading" className={styles.h3}>
        Add an action item
      </h3>
      <Field label="Action item" required {...errorFor("title")}>
        <Input
          value={title}
          maxLength={300}
          onChange={(_, d) => {
            setTitle(d.value);
            setTitleError(undefined);
          }}
        />
      </Field>
      <div className={styles.formRow}>
        <Field label="Owner" {...errorFor("ownerId")}>
          <Select value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
            {view.pair.members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.displayName}
                {member.userId === view.me.userId ? " (you)" : ""}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Due date" {...errorFor("dueDate")}>
          <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
        </Field>
      </div>
      <ActionError
        error={add.error}
        action="add the action item"
        onReload={() => void reload().then(add.clearError)}
        reloading={refreshing}
        shownInForm={!!serverMessage}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={add.busy} icon={<AddRegular />}>
          Add action item
        </Button>
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
