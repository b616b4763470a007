import { Avatar, Badge, Checkbox } from "@fluentui/react-components";
import type { ActionItemDocument } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatDate, isOverdue } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { memberName, useWorkspace } from "./workspace-context";

export function ActionItemRow({ item, today }: { item: ActionItemDocument; today: string }) {
  const styles = useCommonStyles();
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

  return (
    <div className={styles.card}>
      <div className={styles.row}>
        {readOnly ? (
          <span aria-describedby={overdue ? `${detailsId} ${overdueId}` : detailsId}>{item.title}</span>
        ) : (
          <Checkbox
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
          <Badge appearance="tint" color="success">
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
