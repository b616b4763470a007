import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useDialogInitialFocus } from "../components/use-dialog-focus";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What happens, in one sentence; or `children` for more (lists, a choice). */
  text?: string;
  children?: ReactNode;
  confirmLabel: string;
  /** The safe way out, where focus starts: "Cancel" unless said otherwise ("Keep my data"). */
  cancelLabel?: string;
  busy: boolean;
  error: unknown;
  /** The error bar's title and what failed ("erase your data"). */
  errorTitle?: string;
  errorAction?: string;
  /** "alert" (default) for what cannot be undone; "modal" for a choice that can be revisited. */
  modalType?: "alert" | "modal";
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * One confirm step before something that can't be undone or that binds both people (closing a pair,
 * confirming an agreement, erasing one's data, leaving a program). It opens on the safe button, so
 * Enter never confirms by accident, and returns focus to its opener when it closes.
 */
export function ConfirmDialog(p: ConfirmDialogProps) {
  useDialogInitialFocus(p.open);
  const explained = useId();
  return (
    <Dialog
      open={p.open}
      modalType={p.modalType ?? "alert"}
      onOpenChange={(_, data) => !data.open && p.onCancel()}
    >
      <DialogSurface aria-describedby={explained}>
        <DialogBody>
          <DialogTitle>{p.title}</DialogTitle>
          <DialogContent>
            <div id={explained}>{p.text !== undefined ? <p>{p.text}</p> : p.children}</div>
            {p.text !== undefined && p.children}
            {p.error ? (
              <ErrorBar
                title={p.errorTitle ?? "That didn't work"}
                message={errorMessage(p.error, p.errorAction ?? "do that")}
              />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={p.busy} onClick={p.onConfirm}>
              {p.confirmLabel}
            </Button>
            <Button disabled={p.busy} onClick={p.onCancel} data-initial-focus>
              {p.cancelLabel ?? "Cancel"}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
