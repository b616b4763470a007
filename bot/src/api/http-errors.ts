import type { ErrorRequestHandler } from "express";
import { DomainError, type ApiErrorBody } from "@baton/shared";
import { AuthenticationError } from "../auth/token-validator";

const STATUS: Record<DomainError["code"], number> = {
  validation: 400,
  "not-found": 404,
  forbidden: 403,
  conflict: 412,
  taken: 409,
  state: 409,
};

/** Turns every failure into a JSON error a person can act on; never a stack trace. */
export const apiErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const send = (status: number, body: ApiErrorBody["error"]) => res.status(status).json({ error: body });
  if (error instanceof DomainError) {
    return send(STATUS[error.code], {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    });
  }
  if (error instanceof AuthenticationError)
    return send(401, { code: "unauthenticated", message: error.message });
  if ((error as { type?: string }).type === "entity.parse.failed")
    return send(400, {
      code: "validation",
      message: "body: the request body is not valid JSON.",
      field: "body",
    });
  if ((error as { type?: string }).type === "entity.too.large")
    return send(413, { code: "too-large", message: "The request is too large." });
  // Express's own refusals (a path parameter that is not valid percent-encoding, …): the id names nothing.
  if (error instanceof URIError) return send(404, { code: "not-found", message: "This was not found." });
  const status = (error as { status?: unknown }).status;
  if (typeof status === "number" && status >= 400 && status < 500)
    return send(status, {
      code: status === 404 ? "not-found" : "validation",
      message: "The request is not valid.",
    });
  console.error("Unhandled API error", error);
  return send(500, { code: "internal", message: "Something went wrong on our side. Try again in a moment." });
};
