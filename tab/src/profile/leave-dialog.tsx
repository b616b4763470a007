import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { useState } from "react";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useDialogInitialFocus } from "../components/use-dialog-focus";

interface LeaveDialogProps {
  open: boolean;
  busy: boolean;
  error: unknown;
  onLeave: (deleteProfile: boolean) => void;
  onCancel: () => void;
}

/** Confirms leaving and asks whether to keep the profile (to come back later) or delete it. */
export function LeaveDialog({ open, busy, error, onLeave, onCancel }: LeaveDialogProps) {
  const [choice, setChoice] = useState<"keep" | "delete">("keep");
  useDialogInitialFocus(open);
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="leave-explained">
        <DialogBody>
          <DialogTitle>Leave the program?</DialogTitle>
          <DialogContent>
            <p id="leave-explained">
              Matching and reminders stop straight away. Pairs you are in stay readable for you and your
              partner, and your private notes stay yours.
            </p>
            <Field label="Your profile">
              <RadioGroup
                value={choice}
                onChange={(_, d) => setChoice(d.value === "delete" ? "delete" : "keep")}
              >
                <Radio
                  value="keep"
                  label="Keep it, marked as left. You can come back any time by typing join to Baton."
                />
                <Radio
                  value="delete"
                  label="Delete it: your role, skills, goals and availability are removed."
                />
              </RadioGroup>
            </Field>
            {error ? (
              <ErrorBar
                title="We could not take you out of the program"
                message={errorMessage(error, "do that")}
              />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => onLeave(choice === "delete")}>
              {choice === "delete" ? "Leave and delete my profile" : "Leave and keep my profile"}
            </Button>
            <Button disabled={busy} onClick={onCancel} data-initial-focus>
              Stay in the program
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
