import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import { ConfirmDialog } from "../closing/confirm-dialog";

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
  return (
    <ConfirmDialog
      open={open}
      modalType="modal"
      title="Leave the program?"
      text="Matching and reminders stop straight away. Pairs you are in stay readable for you and your partner, and your private notes stay yours."
      confirmLabel={choice === "delete" ? "Leave and delete my profile" : "Leave and keep my profile"}
      cancelLabel="Stay in the program"
      busy={busy}
      error={error}
      errorTitle="We could not take you out of the program"
      onConfirm={() => onLeave(choice === "delete")}
      onCancel={onCancel}
    >
      <Field label="Your profile">
        <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value === "delete" ? "delete" : "keep")}>
          <Radio
            value="keep"
            label="Keep it, marked as left. You can come back any time by typing join to Baton."
          />
          <Radio value="delete" label="Delete it: your role, skills, goals and availability are removed." />
        </RadioGroup>
      </Field>
    </ConfirmDialog>
  );
}
