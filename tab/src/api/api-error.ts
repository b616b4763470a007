/** What went wrong with an API call, in terms the UI can act on. */
export type ApiErrorKind =
  "validation" | "unauthorized" | "forbidden" | "not-found" | "conflict" | "state" | "network" | "server";

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const kindForStatus = (status: number, code: string): ApiErrorKind => {
  if (status === 412 || code === "conflict") return "conflict";
  if (status === 400 || status === 422) return "validation";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409) return "state";
  return "server";
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Turns a failed response into an ApiError. The body is `{ error: { code, message, field? } }` when the
 * server wrote it; anything else (a proxy's HTML page, empty body) still gives a usable error.
 */
export function parseApiError(status: number, bodyText: string): ApiError {
  let code = "";
  let message = "";
  let field: string | undefined;
  try {
    const body: unknown = JSON.parse(bodyText);
    const error = isRecord(body) ? body.error : undefined;
    if (isRecord(error)) {
      if (typeof error.code === "string") code = error.code;
      if (typeof error.message === "string") message = error.message;
      if (typeof error.field === "string" && error.field.length > 0) field = error.field;
    }
  } catch {
    // Not JSON: keep the defaults below.
  }
  const kind = kindForStatus(status, code);
  return new ApiError(kind, status, code || kind, message || `The server answered ${status}.`, field);
}

export const networkError = (cause: unknown): ApiError =>
  new ApiError(
    "network",
    0,
    "network",
    cause instanceof Error && cause.message ? cause.message : "The network request failed.",
  );

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;
