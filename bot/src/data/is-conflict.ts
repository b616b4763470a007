import { DomainError } from "@baton/shared";

/** A create that met an existing id (409) or a replace that lost its ETag race (412). */
export const isConflict = (error: unknown): boolean =>
  error instanceof DomainError && error.code === "conflict";
