import { ActionError } from "../components/action-error";
import type { AsyncAction } from "../components/use-async-action";
import { ConfirmDialog } from "../closing/confirm-dialog";
import { useWorkspace } from "./workspace-context";

export interface DeleteConfirmationProps {
  /** The dialog is open (the item has things that go or change with it). */
  confirming: boolean;
  onClose: () => void;
  title: string;
  text: string;
  confirmLabel: string;
  /** The delete in progress: its busy state and error show in the dialog, or below the item once closed. */
  removing: AsyncAction;
  onConfirm: () => void;
  /** "delete it", "delete the session": what failed, for the error below the item. */
  action: string;
}

/**
 * A workspace item's delete step: the confirm dialog while it is open, else the delete's error (if
 * any) with a reload. Goals and sessions share it.
 */
export function DeleteConfirmation(p: DeleteConfirmationProps) {
  const { reload, refreshing } = useWorkspace();
  if (p.confirming)
    return (
      <ConfirmDialog
        open
        title={p.title}
        text={p.text}
        confirmLabel={p.confirmLabel}
        busy={p.removing.busy}
        error={p.removing.error}
        onConfirm={p.onConfirm}
        onCancel={() => {
          p.removing.clearError();
          p.onClose();
        }}
      />
    );
  return (
    <ActionError
      error={p.removing.error}
      action={p.action}
      onReload={() => void reload().then(p.removing.clearError)}
      reloading={refreshing}
      keepsText={false}
    />
  );
}
