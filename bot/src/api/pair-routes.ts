import { Router, type Request } from "express";
import type { PairWorkspaceService } from "../services/pair-workspace-service";
import { isEntityId, isUserId } from "@baton/shared";
import { actorOf } from "./authenticate";
import { idParam } from "./path-guard";
import { respond, type Handler } from "./respond";

/** Runs after every successful write to a pair (the owners' pair-status projection). */
export type AfterPairWrite = (tenantId: string, pairId: string) => Promise<void>;

export function pairRoutes(service: PairWorkspaceService, afterWrite?: AfterPairWrite): Router {
  const r = Router();
  const p = (req: Request<Record<string, string>>, name: string) =>
    idParam(req, name, name === "menteeId" ? isUserId : isEntityId);
  const write =
    (handler: Handler): Handler =>
    async (req) => {
      const result = await handler(req);
      await afterWrite?.(actorOf(req).tenantId, p(req, "pairId"));
      return result;
    };
  /** The body, with the `If-Match` header (when sent) as its `etag`: every update and delete carries one. */
  const body = (req: Request<Record<string, string>>): unknown => {
    const ifMatch = req.get("If-Match");
    const given: unknown = req.body;
    const base = given && typeof given === "object" && !Array.isArray(given) ? given : {};
    return ifMatch ? { ...base, etag: ifMatch } : given === undefined ? {} : given;
  };
  const removal = service.removal;
  const removable = [
    ["goals", "goalId", "goal"],
    ["action-items", "actionItemId", "actionItem"],
    ["sessions", "sessionId", "session"],
    ["private-notes", "noteId", "privateNote"],
  ] as const;
  for (const [segment, param, kind] of removable) {
    r.delete(
      `/pairs/:pairId/${segment}/:${param}`,
      respond(
        write((req) => removal.deleteItem(actorOf(req), p(req, "pairId"), kind, p(req, param), body(req))),
      ),
    );
    r.post(
      `/pairs/:pairId/${segment}/:${param}/restore`,
      respond(write((req) => removal.restoreItem(actorOf(req), p(req, "pairId"), kind, p(req, param)))),
    );
  }
  const milestone = "/pairs/:pairId/goals/:goalId/milestones/:milestoneId";
  r.patch(
    milestone,
    respond(
      write((req) =>
        service.patchMilestone(
          actorOf(req),
          p(req, "pairId"),
          p(req, "goalId"),
          p(req, "milestoneId"),
          body(req),
        ),
      ),
    ),
  );
  r.delete(
    milestone,
    respond(
      write((req) =>
        removal.deleteMilestone(
          actorOf(req),
          p(req, "pairId"),
          p(req, "goalId"),
          p(req, "milestoneId"),
          body(req),
        ),
      ),
    ),
  );
  r.post(
    `${milestone}/restore`,
    respond(
      write((req) =>
        removal.restoreMilestone(actorOf(req), p(req, "pairId"), p(req, "goalId"), p(req, "milestoneId")),
      ),
    ),
  );
  r.patch(
    "/pairs/:pairId/goals/:goalId",
    respond(write((req) => service.patchGoal(actorOf(req), p(req, "pairId"), p(req, "goalId"), body(req)))),
  );

  r.get(
    "/pairs/:pairId",
    respond((req) => service.view(actorOf(req), p(req, "pairId"))),
  );
  r.put(
    "/pairs/:pairId/agreement",
    respond(write((req) => service.updateAgreement(actorOf(req), p(req, "pairId"), body(req)))),
  );
  r.post(
    "/pairs/:pairId/agreement/confirm",
    respond(write((req) => service.confirmAgreement(actorOf(req), p(req, "pairId"), body(req)))),
  );
  r.post(
    "/pairs/:pairId/goals",
    respond(
      write((req) => service.createGoal(actorOf(req), p(req, "pairId"), req.body)),
      201,
    ),
  );
  r.put(
    "/pairs/:pairId/goals/:goalId",
    respond(write((req) => service.updateGoal(actorOf(req), p(req, "pairId"), p(req, "goalId"), body(req)))),
  );
  r.post(
    "/pairs/:pairId/action-items",
    respond(
      write((req) => service.createActionItem(actorOf(req), p(req, "pairId"), req.body)),
      201,
    ),
  );
  r.patch(
    "/pairs/:pairId/action-items/:actionItemId",
    respond(
      write((req) =>
        service.updateActionItem(actorOf(req), p(req, "pairId"), p(req, "actionItemId"), body(req)),
      ),
    ),
  );
  r.post(
    "/pairs/:pairId/sessions",
    respond(
      write((req) => service.createSession(actorOf(req), p(req, "pairId"), req.body)),
      201,
    ),
  );
  r.patch(
    "/pairs/:pairId/sessions/:sessionId",
    respond(
      write((req) => service.updateSession(actorOf(req), p(req, "pairId"), p(req, "sessionId"), body(req))),
    ),
  );
  r.post(
    "/pairs/:pairId/private-notes",
    respond(
      write((req) => service.createPrivateNote(actorOf(req), p(req, "pairId"), req.body)),
      201,
    ),
  );
  r.patch(
    "/pairs/:pairId/private-notes/:noteId",
    respond(
      write((req) => service.updatePrivateNote(actorOf(req), p(req, "pairId"), p(req, "noteId"), body(req))),
    ),
  );
  return r;
}
