import { Router, type Request } from "express";
import type { PairWorkspaceService } from "../services/pair-workspace-service";
import { isEntityId, isUserId } from "@baton/shared";
import { actorOf } from "./authenticate";
import { idParam } from "./path-guard";
import { respond } from "./respond";

export function pairRoutes(service: PairWorkspaceService): Router {
  const r = Router();
  const p = (req: Request<Record<string, string>>, name: string) =>
    idParam(req, name, name === "menteeId" ? isUserId : isEntityId);
  r.get(
    "/pairs/:pairId",
    respond((req) => service.view(actorOf(req), p(req, "pairId"))),
  );
  r.put(
    "/pairs/:pairId/agreement",
    respond((req) => service.updateAgreement(actorOf(req), p(req, "pairId"), req.body)),
  );
  r.post(
    "/pairs/:pairId/agreement/confirm",
    respond((req) => service.confirmAgreement(actorOf(req), p(req, "pairId"), req.body)),
  );
  r.post(
    "/pairs/:pairId/goals",
    respond((req) => service.createGoal(actorOf(req), p(req, "pairId"), req.body), 201),
  );
  r.put(
    "/pairs/:pairId/goals/:goalId",
    respond((req) => service.updateGoal(actorOf(req), p(req, "pairId"), p(req, "goalId"), req.body)),
  );
  r.post(
    "/pairs/:pairId/action-items",
    respond((req) => service.createActionItem(actorOf(req), p(req, "pairId"), req.body), 201),
  );
  r.patch(
    "/pairs/:pairId/action-items/:actionItemId",
    respond((req) =>
      service.updateActionItem(actorOf(req), p(req, "pairId"), p(req, "actionItemId"), req.body),
    ),
  );
  r.post(
    "/pairs/:pairId/sessions",
    respond((req) => service.createSession(actorOf(req), p(req, "pairId"), req.body), 201),
  );
  r.patch(
    "/pairs/:pairId/sessions/:sessionId",
    respond((req) => service.updateSession(actorOf(req), p(req, "pairId"), p(req, "sessionId"), req.body)),
  );
  r.post(
    "/pairs/:pairId/private-notes",
    respond((req) => service.createPrivateNote(actorOf(req), p(req, "pairId"), req.body), 201),
  );
  r.patch(
    "/pairs/:pairId/private-notes/:noteId",
    respond((req) => service.updatePrivateNote(actorOf(req), p(req, "pairId"), p(req, "noteId"), req.body)),
  );
  return r;
}
