import { Router } from "express";
import type { MentorDirectoryService } from "../matching/mentor-directory";
import type { MentorRequestService } from "../matching/mentor-requests";
import { isEntityId } from "@baton/shared";
import { actorOf } from "./authenticate";
import { idParam } from "./path-guard";
import { respond } from "./respond";

/** The mentor directory for participants, and a mentee taking back a pending request. */
export function mentorDirectoryRoutes(
  directory: MentorDirectoryService,
  requests: MentorRequestService,
): Router {
  const r = Router();
  r.get(
    "/programs/:programId/mentors",
    respond((req) => directory.list(actorOf(req), idParam(req, "programId", isEntityId), req.query)),
  );
  r.post(
    "/mentor-requests/:requestId/withdraw",
    respond((req) => requests.withdraw(actorOf(req), idParam(req, "requestId", isEntityId), req.body)),
  );
  r.post(
    "/mentor-requests/:requestId/answer",
    respond((req) => requests.answerInTab(actorOf(req), String(req.params.requestId), req.body)),
  );
  return r;
}
