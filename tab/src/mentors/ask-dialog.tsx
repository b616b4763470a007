import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from "@fluentui/react-components";
import type { MentorDirectoryEntry } from "@baton/shared";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useDialogInitialFocus } from "../components/use-dialog-focus";
import { firstName } from "./mentor-words";

interface AskDialogProps {
  open: boolean;
  mentor: MentorDirectoryEntry | null;
  busy: boolean;
  error: unknown;
  /** The optional personal message (up to 500 characters). */
  note: string;
  onNote: (note: string) => void;
  onSend: () => void;
  onCancel: () => void;
}

/** The confirm step before a request goes out: what the mentor will see, and what happens next. */
export function AskDialog({ open, mentor, busy, error, note, onNote, onSend, onCancel }: AskDialogProps) {
  const name = mentor?.displayName ?? "";
  const first = firstName(name);
  useDialogInitialFocus(open);
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="ask-explained">
        <DialogBody>
          <DialogTitle>{`Ask ${name} to mentor you?`}</DialogTitle>
          <DialogContent>
            <p id="ask-explained">
              Baton sends {first} a message in Teams with your name and why you could fit. {first} can accept
              or decline; if they accept, you both get a shared pair space. You can have one open request at a
              time, and you can withdraw it while you wait.
            </p>
            <Field
              label={`A note to ${first} (optional)`}
              hint="Say what you hope to learn, in your own words."
            >
              <Textarea
                value={note}
                maxLength={500}
                onChange={(_, d) => onNote(d.value)}
                data-initial-focus
              />
            </Field>
            {error ? (
              <ErrorBar
                title="We could not send your request"
                message={errorMessage(error, "send your request")}
              />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onSend}>
              {busy ? "Sending…" : "Send request"}
            </Button>
            <Button disabled={busy} onClick={onCancel}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
