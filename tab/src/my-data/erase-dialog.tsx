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

interface EraseDialogProps {
  open: boolean;
  busy: boolean;
  error: unknown;
  onErase: () => void;
  onCancel: () => void;
}

/** Says exactly what an erasure does before it happens; nothing is erased until "Erase my data". */
export function EraseDialog({ open, busy, error, onErase, onCancel }: EraseDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="erase-explained">
        <DialogBody>
          <DialogTitle>Erase your data from Baton?</DialogTitle>
          <DialogContent id="erase-explained">
            <p>This cannot be undone. Baton will:</p>
            <ul>
              <li>
                delete your profile, programs you joined, unfinished intake, private notes, check-in,
                chemistry and survey answers, lessons learned, reminder settings, mentor requests and the
                record of messages sent to you;
              </li>
              <li>
                end each mentoring pair you are in. Your partner is told kindly that the match has ended, not
                why;
              </li>
              <li>
                keep what you wrote in shared places (agreement, goals, action items, session notes) for your
                partner, shown as written by &quot;a former participant&quot;. Your name and id appear
                nowhere;
              </li>
              <li>keep anonymous figures that were already counted.</li>
            </ul>
            <p>If you come back later, you start as a new participant.</p>
            {error ? (
              <ErrorBar
                title="We could not erase your data"
                message={errorMessage(error, "erase your data")}
              />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onErase}>
              Erase my data
            </Button>
            <Button disabled={busy} onClick={onCancel}>
              Keep my data
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
