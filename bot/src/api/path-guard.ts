import type { Request, RequestHandler } from "express";
import { notFound, RESERVED_ID_CHARACTERS } from "@baton/shared";

/**
 * The first check on every `/api` request, before any route runs: a path segment that is not valid
 * percent-encoding, is `.` or `..`, or decodes to a character no Baton id holds (`/ \ ? # |`,
 * control characters) names nothing, so it is a 404 — never an SDK error about an id, never a 5xx.
 * Routes still check each id's own format ({@link idParam}).
 */
export const pathGuard: RequestHandler = (req, _res, next) => {
  const segments = req.path.split("/").slice(1);
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return next(notFound("This"));
    }
    if (decoded === "." || decoded === ".." || RESERVED_ID_CHARACTERS.test(decoded))
      return next(notFound("This"));
  }
  next();
};

/**
 * A path parameter that names a Baton entity (pair, program, goal, request…), checked against its
 * format: one that cannot exist is "not found" (404), like any id nobody has.
 */
export function idParam(
  req: Request<Record<string, string>>,
  name: string,
  format: (value: string) => boolean,
): string {
  const value = String(req.params[name] ?? "");
  if (!format(value)) throw notFound("This");
  return value;
}
