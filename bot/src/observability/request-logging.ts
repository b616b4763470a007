import type { RequestHandler } from "express";
import type { Logger } from "./logger";
import type { Telemetry } from "./telemetry";

const CORRELATION = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * One log line per request: a correlation id (the caller's `x-correlation-id` when well formed, else new;
 * echoed in the response), method, the route's template (never the URL: ids in paths can name people),
 * status and duration. For `/api/messages`, the activity's type, invoke name and id instead.
 */
export function requestLogging(logger: Logger, telemetry: Telemetry): RequestHandler {
  return (req, res, next) => {
    const header = req.get("x-correlation-id");
    const correlationId = header && CORRELATION.test(header) ? header : crypto.randomUUID();
    res.setHeader("x-correlation-id", correlationId);
    res.locals.log = logger.child({ correlationId });
    const started = performance.now();
    res.once("finish", () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      if (req.path === "/api/messages" && req.method === "POST") {
        const body = (req.body ?? {}) as { type?: unknown; name?: unknown; id?: unknown };
        const type = typeof body.type === "string" ? body.type.slice(0, 40) : "unknown";
        const name = typeof body.name === "string" ? body.name.slice(0, 80) : undefined;
        const activityId = typeof body.id === "string" ? body.id.slice(0, 100) : undefined;
        if (type === "invoke") telemetry.invoke(name ?? "unknown", ms);
        res.locals.log.info(
          { activity: { type, name, id: activityId }, status: res.statusCode, ms },
          "activity",
        );
        return;
      }
      const api = req.originalUrl.startsWith("/api/");
      const route = req.route?.path ? `${api ? "/api" : ""}${String(req.route.path)}` : "(unmatched)";
      if (api) telemetry.apiRequest(route, req.method, res.statusCode, ms);
      res.locals.log.info({ method: req.method, route, status: res.statusCode, ms }, "request");
    });
    next();
  };
}
