import { AddRegular } from "@fluentui/react-icons";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import type { ActionItemDocument } from "@baton/shared";
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

const formFields = ["title", "ownerId", "dueDate"];

/**
 * Adds an action item, or (with `item`) corrects one inline: the same fields and checks, Save and
 * Cancel; focus returns to the item.
 */
export function ActionItemForm({ item, onClose }: { item?: ActionItemDocument; onClose?: () => void }) {
  const styles = useCommonStyles();
  const api = useApi();
  const { pairId, view, update, reload, refreshing } = useWorkspace();
  const add = useAsyncAction();
  const [title, setTitle] = useState(item?.title ?? "");
  const [ownerId, setOwnerId] = useState(item?.ownerId ?? view.me.userId);
  const [dueDate, setDueDate] = useState(item?.dueDate ?? "");
  const headingId = item ? `edit-action-${item.actionItemId}-heading` : "add-action-heading";
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
    if (item) {
      const edited = await add.run(() =>
        api.updateActionItem(pairId, item.actionItemId, {
          etag: item._etag ?? "",
          title: title.trim(),
          ownerId,
          dueDate: dueDate || null,
        }),
      );
      if (!edited) return;
      update.actionItem(edited);
      onClose?.();
      focusItem(itemDomId("actionItem", item.actionItemId), sectionHeadingId("action-items"));
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
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {item ? `Edit “${item.title}”` : "Add an action item"}
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
        action={item ? "save the action item" : "add the action item"}
        onReload={() => void reload().then(add.clearError)}
        reloading={refreshing}
        shownInForm={!!serverMessage}
      />
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={add.busy}
          icon={item ? undefined : <AddRegular />}
        >
          {item ? "Save" : "Add action item"}
        </Button>
        {item && (
          <Button
            type="button"
            disabled={add.busy}
            onClick={() => {
              onClose?.();
              focusItem(itemDomId("actionItem", item.actionItemId), sectionHeadingId("action-items"));
            }}
          >
            Cancel
          </Button>
        )}
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
