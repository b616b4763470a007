/** Errors the edges translate to HTTP statuses and friendly bot replies. Messages are safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: "validation" | "not-found" | "forbidden" | "conflict" | "taken",
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const validationError = (field: string, message: string) =>
  new DomainError("validation", message, field);
export const notFound = (what: string) => new DomainError("not-found", `${what} was not found.`);
export const forbidden = (message = "You do not have access to this.") =>
  new DomainError("forbidden", message);
export const conflict = (
  message = "Someone else changed this while you were editing. Reload to see their change, then try again.",
) => new DomainError("conflict", message);

/**
 * A shared binding (a chat linked to a pair, ...) is already held by someone the caller has no right
 * over; the edges answer 409.
 */
export const taken = (message: string) => new DomainError("taken", message);
