import type { Activity, TurnContext } from "botbuilder";
import type { RequestHandler } from "express";
import type { Logger } from "../observability/logger";
import { activityProblem } from "./activity-guard";
import type { BatonAdapter } from "./create-adapter";
import { beginTurnLog, turnHandled } from "./turn-log";

/**
 * `POST /api/messages`: a malformed activity is a 400 naming the field; a request whose sender cannot
 * be verified is a 401 (refused) or a 503 (Bot Framework's keys are out of reach right now). Neither
 * carries the underlying error, which goes to the log only. Invokes always get a well-formed invoke
 * response (see `BatonBot.onInvokeActivity`).
 *
 * Each turn logs through a child of the request's logger (`res.locals.log`, else `logger`), so its
 * lines share the request's `correlationId`; it ends with one `turn` line: what handled it (see
 * `noteTurn`), replies sent, outcome and duration (ms).
 */
export function messagesEndpoint(
  adapter: BatonAdapter,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): RequestHandler {
  return (req, res) => {
    const requestLog = (res.locals.log as Logger | undefined) ?? logger;
    const problem = activityProblem(req.body);
    if (problem) {
      res.status(400).json({ error: { code: "validation", ...problem } });
      return;
    }
    const authorization = typeof req.headers.authorization === "string" ? req.headers.authorization : "";
    adapter
      .handle(authorization, req.body as Activity, (context) => loggedTurn(context, requestLog, logic))
      .then((invoke) => {
        res.status(invoke?.status ?? 200);
        if (invoke?.body === undefined) {
          res.end();
          return;
        }
        // Written directly, not with res.json: an invoke response is never cached, so Express's ETag (a
        // SHA-1 of every search result, ~25 KB) is work for nothing on each keystroke.
        const payload = JSON.stringify(invoke.body);
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.setHeader("content-length", Buffer.byteLength(payload));
        res.end(payload);
      })
      .catch((error: unknown) => {
        const status = (error as { statusCode?: unknown }).statusCode;
        if (status === 401 || status === 403) {
          res
            .status(401)
            .json({ error: { code: "unauthenticated", message: "This request is not from Teams." } });
          return;
        }
        requestLog.warn({ err: error }, "bot could not check a request");
        res.status(503).json({
          error: {
            code: "unavailable",
            message: "Baton cannot check this request right now. Try again soon.",
          },
        });
      });
  };
}

async function loggedTurn(
  context: TurnContext,
  requestLog: Logger,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  const log = beginTurnLog(context, requestLog);
  let replies = 0;
  context.onSendActivities(async (_context, activities, next) => {
    replies += activities.filter((a) => a.type === "message").length;
    return next();
  });
  const started = performance.now();
  let outcome = "ok";
  try {
    await logic(context);
  } catch (error) {
    outcome = "error";
    throw error;
  } finally {
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ ...turnHandled(context), replies, outcome, ms }, "turn");
  }
}
