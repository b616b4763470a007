import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { ConflictBar } from "./conflict-bar";
import { ErrorBar } from "./error-bar";

interface ActionErrorProps {
  error: unknown;
  /** What we tried, for the message: "save the agreement". */
  action: string;
  onReload: () => void;
  reloading?: boolean;
  /** True when a validation error is already shown next to its field in the form. */
  shownInForm?: boolean;
  keepsText?: boolean;
}

/** The right message bar for a failed save: a conflict offers Reload, anything else says what to do. */
export function ActionError({
  error,
  action,
  onReload,
  reloading,
  shownInForm = false,
  keepsText,
}: ActionErrorProps) {
  if (!error) return null;
  if (isApiError(error) && error.kind === "conflict") {
    return <ConflictBar onReload={onReload} reloading={reloading} keepsText={keepsText} />;
  }
  if (shownInForm && isApiError(error) && error.kind === "validation") return null;
  return <ErrorBar title={`We could not ${action}`} message={errorMessage(error, action)} />;
}
