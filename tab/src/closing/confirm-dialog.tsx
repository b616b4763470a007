import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useDialogInitialFocus } from "../components/use-dialog-focus";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** One confirm step before something that can't be undone or that binds both people (closing a pair, confirming an agreement); opens on Cancel. */
export function ConfirmDialog(p: ConfirmDialogProps) {
  useDialogInitialFocus(p.open);
  return (
    <Dialog open={p.open} modalType="alert" onOpenChange={(_, data) => !data.open && p.onCancel()}>
      <DialogSurface aria-describedby="confirm-explained">
        <DialogBody>
          <DialogTitle>{p.title}</DialogTitle>
          <DialogContent>
            <p id="confirm-explained">{p.text}</p>
            {p.error ? (
              <ErrorBar title="That didn't work" message={errorMessage(p.error, "do that")} />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={p.busy} onClick={p.onConfirm}>
              {p.confirmLabel}
            </Button>
            <Button disabled={p.busy} onClick={p.onCancel} data-initial-focus>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
