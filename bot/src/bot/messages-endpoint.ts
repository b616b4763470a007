import type { Activity, TurnContext } from "botbuilder";
import type { RequestHandler } from "express";
import { activityProblem } from "./activity-guard";
import type { BatonAdapter } from "./create-adapter";

/**
 * `POST /api/messages`: a malformed activity is a 400 naming the field; a request whose sender cannot
 * be verified is a 401 (refused) or a 503 (Bot Framework's keys are out of reach right now). Neither
 * carries the underlying error, which goes to the log only. Invokes always get a well-formed invoke
 * response (see `BatonBot.onInvokeActivity`).
 */
export function messagesEndpoint(
  adapter: BatonAdapter,
  logic: (context: TurnContext) => Promise<void>,
  log: (message: string) => void,
): RequestHandler {
  return (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.status(400).json({ error: { code: "validation", ...problem } });
      return;
    }
    const authorization = typeof req.headers.authorization === "string" ? req.headers.authorization : "";
    adapter
      .handle(authorization, req.body as Activity, logic)
      .then((invoke) => {
        res.status(invoke?.status ?? 200);
        if (invoke?.body !== undefined) res.json(invoke.body);
        else res.end();
      })
      .catch((error: unknown) => {
        const status = (error as { statusCode?: unknown }).statusCode;
        if (status === 401 || status === 403) {
          res
            .status(401)
            .json({ error: { code: "unauthenticated", message: "This request is not from Teams." } });
          return;
        }
        log(`The bot could not check a request: ${String(error)}`);
        res.status(503).json({
          error: {
            code: "unavailable",
            message: "Baton cannot check this request right now. Try again soon.",
          },
        });
      });
  };
}
