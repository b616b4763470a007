import { useMemo } from "react";
import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { isOverdue, todayIn } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { ActionItemForm } from "./action-item-form";
import { orderActionItems } from "./action-item-order";
import { ActionItemRow } from "./action-item-row";
import { useWorkspace } from "./workspace-context";

export function ActionItemsSection() {
  const styles = useCommonStyles();
  const { view, readOnly } = useWorkspace();
  const { timeZone } = useViewer();
  const today = todayIn(timeZone);
  const items = useMemo(() => orderActionItems(view.actionItems), [view.actionItems]);
  const open = items.filter((i) => !i.done).length;
  const overdue = items.filter((i) => isOverdue(i.dueDate, i.done, today)).length;

  return (
    <div className={styles.stack}>
      {items.length === 0 ? (
        <EmptyState title="No action items yet">
          Add the next steps you agreed on, each with an owner and a due date.
        </EmptyState>
      ) : (
        <>
          <p className={styles.meta}>
            {open} open{overdue > 0 ? `, ${overdue} overdue` : ""}, {items.length - open} done.
          </p>
          <ul className={styles.list}>
            {items.map((item) => (
              <li key={item.actionItemId}>
                <ActionItemRow item={item} today={today} />
              </li>
            ))}
          </ul>
        </>
      )}
      {!readOnly && <ActionItemForm />}
    </div>
  );
}
