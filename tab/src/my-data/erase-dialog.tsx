import { ConfirmDialog } from "../closing/confirm-dialog";

interface EraseDialogProps {
  open: boolean;
  busy: boolean;
  error: unknown;
  onErase: () => void;
  onCancel: () => void;
}

/**
 * Says exactly what an erasure does before it happens; nothing is erased until "Erase my data". Opens
 * on "Keep my data".
 */
export function EraseDialog({ open, busy, error, onErase, onCancel }: EraseDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title="Erase your data from Baton?"
      confirmLabel="Erase my data"
      cancelLabel="Keep my data"
      busy={busy}
      error={error}
      errorTitle="We could not erase your data"
      errorAction="erase your data"
      onConfirm={onErase}
      onCancel={onCancel}
    >
      <p>This cannot be undone. Baton will:</p>
      <ul>
        <li>
          delete your profile, programs you joined, unfinished intake, private notes, check-in, chemistry and
          survey answers, lessons learned, reminder settings, mentor requests and the record of messages sent
          to you;
        </li>
        <li>
          end each mentoring pair you are in. Your partner is told kindly that the match has ended, not why;
        </li>
        <li>
          keep what you wrote in shared places (agreement, goals, action items, session notes) for your
          partner, shown as written by &quot;a former participant&quot;. Your name and id appear nowhere;
        </li>
        <li>keep anonymous figures that were already counted.</li>
      </ul>
      <p>If you come back later, you start as a new participant.</p>
    </ConfirmDialog>
  );
}
