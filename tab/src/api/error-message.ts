import { isApiError } from "./api-error";

export const conflictMessage = "Someone else changed this. Reload to see their change.";

/**
 * A sentence that says what happened and what to do next. Validation messages come from the server
 * and are safe to show; for the rest we write our own.
 */
export function errorMessage(error: unknown, action = "save your change"): string {
  if (!isApiError(error)) return `Something went wrong and we could not ${action}. Try again.`;
  switch (error.kind) {
    case "conflict":
      return conflictMessage;
    case "state":
      // The server names the state, e.g. "This pair is closed: its workspace is read-only now."
      return error.message;
    case "validation":
      return readableValidation(error.message, error.field);
    case "unauthorized":
      return "Your sign-in has expired. Sign in again to continue.";
    case "forbidden":
      return "You do not have access to this.";
    case "not-found":
      return "We could not find this. It may have been removed, or you are not part of this pair.";
    case "network":
      return `We could not reach Baton to ${action}. Check your connection and try again.`;
    case "server":
      return `Baton had a problem and could not ${action}. Try again in a moment.`;
  }
}

/** Server messages look like "terms.goals: too long"; the field is shown by the form, so drop the prefix. */
export function readableValidation(message: string, field?: string): string {
  let text = message;
  if (field && text.startsWith(`${field}: `)) text = text.slice(field.length + 2);
  text = text.trim();
  if (!text) return "Check this value.";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Which form field a server field path belongs to: "terms.endDate" with prefix "terms" → "endDate",
 * "milestones.0.title" → "milestones". Returns undefined when the path is not for this form.
 */
export function formFieldOf(field: string | undefined, prefix?: string): string | undefined {
  if (!field) return undefined;
  let parts = field.split(".");
  if (prefix) {
    if (parts[0] !== prefix) return undefined;
    parts = parts.slice(1);
  }
  return parts[0] || undefined;
}
