import {
  Avatar,
  Badge,
  Button,
  Checkbox,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ActionItemDocument } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatDate, isOverdue } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { ActionItemForm } from "./action-item-form";
import { itemDomId } from "./focus-item";
import { useDeleteWithUndo } from "./use-delete-with-undo";
import { memberName, useWorkspace } from "./workspace-context";

/**
 * Open work reads as active (Fluent's checkbox greys an unchecked label; ours keeps the normal
 * foreground), done work as done: struck through, muted, with a check. Tokens map to system colours in
 * high contrast, so all three Teams themes keep their contrast.
 */
const useRowStyles = makeStyles({
  open: { "& label": { color: tokens.colorNeutralForeground1 } },
  done: {
    "& label": { color: tokens.colorNeutralForeground2, textDecorationLine: "line-through" },
  },
  doneText: { color: tokens.colorNeutralForeground2, textDecorationLine: "line-through" },
});

export function ActionItemRow({ item, today }: { item: ActionItemDocument; today: string }) {
  const styles = useCommonStyles();
  const row = useRowStyles();
  const { remove, action: removing } = useDeleteWithUndo();
  const [editing, setEditing] = useState(false);
  const api = useApi();
  const { locale } = useViewer();
  const { pairId, view, update, reload, refreshing, readOnly } = useWorkspace();
  const toggle = useAsyncAction();
  const [status, setStatus] = useState("");
  /** The state the user asked for while it saves, so the checkbox answers at once (reverted on failure). */
  const [pending, setPending] = useState<boolean | null>(null);
  const overdue = isOverdue(item.dueDate, item.done, today);
  const detailsId = `action-${item.actionItemId}-details`;
  const overdueId = `action-${item.actionItemId}-overdue`;

  const onToggle = async (done: boolean) => {
    setStatus("");
    setPending(done);
    const saved = await toggle.run(() =>
      api.updateActionItem(pairId, item.actionItemId, { etag: item._etag ?? "", done }),
    );
    setPending(null);
    if (!saved) return;
    update.actionItem(saved);
    setStatus(done ? `“${saved.title}” completed.` : `“${saved.title}” reopened.`);
  };

  if (editing) return <ActionItemForm item={item} onClose={() => setEditing(false)} />;

  const done = pending ?? item.done;
  return (
    <div className={styles.card} id={itemDomId("actionItem", item.actionItemId)} tabIndex={-1}>
      <div className={styles.row}>
        {readOnly ? (
          <span
            className={item.done ? row.doneText : undefined}
            aria-describedby={overdue ? `${detailsId} ${overdueId}` : detailsId}
          >
            {item.title}
          </span>
        ) : (
          <Checkbox
            className={mergeClasses(done ? row.done : row.open)}
            label={item.title}
            checked={pending ?? item.done}
            disabled={toggle.busy}
            aria-describedby={overdue ? `${detailsId} ${overdueId}` : detailsId}
            onChange={(_, data) => void onToggle(data.checked === true)}
          />
        )}
        {overdue && (
          <Badge id={overdueId} appearance="filled" color="danger">
            Overdue
          </Badge>
        )}
        {item.done && (
          <Badge appearance="tint" color="success" icon={<span aria-hidden="true">✓</span>}>
            Done
          </Badge>
        )}
      </div>
      <p id={detailsId} className={styles.meta}>
        <Avatar name={memberName(view, item.ownerId)} size={16} color="colorful" aria-hidden /> Owner:{" "}
        {memberName(view, item.ownerId)}
        {" · "}
        {item.dueDate ? `Due ${formatDate(item.dueDate, locale)}` : "No due date"}
      </p>
      {!readOnly && (
        <div className={styles.actions}>
          <Button
            size="small"
            aria-label={`Edit “${item.title}”`}
            onClick={() => {
              toggle.clearError();
              setEditing(true);
            }}
          >
            Edit
          </Button>
          <Button
            size="small"
            aria-label={`Delete “${item.title}”`}
            disabled={removing.busy}
            onClick={() =>
              void remove({
                ref: { kind: "actionItem", id: item.actionItemId },
                etag: item._etag ?? "",
                label: item.title,
                section: "action-items",
              })
            }
          >
            Delete
          </Button>
        </div>
      )}
      <ActionError
        error={removing.error}
        action="delete the action item"
        onReload={() => void reload().then(removing.clearError)}
        reloading={refreshing}
        keepsText={false}
      />
      <ActionError
        error={toggle.error}
        action="update the action item"
        onReload={() => void reload().then(toggle.clearError)}
        reloading={refreshing}
        keepsText={false}
      />
      <LiveStatus message={status} />
    </div>
  );
}
