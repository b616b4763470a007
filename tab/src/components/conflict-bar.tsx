import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { conflictMessage } from "../api/error-message";

interface ConflictBarProps {
  onReload: () => void;
  reloading?: boolean;
  /** Whether a form with the user's own text is still open (it is kept across the reload). */
  keepsText?: boolean;
}

/** Shown when the version we edited is stale (HTTP 412). The user's typed text is never dropped. */
export function ConflictBar({ onReload, reloading = false, keepsText = true }: ConflictBarProps) {
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not saved</MessageBarTitle>
        {conflictMessage}
        {keepsText && " Your text stays in the form, so you can check their change and save again."}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload} disabled={reloading}>
          {reloading ? "Reloading…" : "Reload"}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
