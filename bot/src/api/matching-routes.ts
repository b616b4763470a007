import { Router, type Request } from "express";
import type { MatchingService } from "../matching/matching-service";
import type { MentorRequestService } from "../matching/mentor-requests";
import { isEntityId, isUserId } from "@baton/shared";
import { actorOf } from "./authenticate";
import { idParam } from "./path-guard";
import { respond } from "./respond";

/** Match review for program owners (everyone else gets 404) and mentor requests by mentees. */
export function matchingRoutes(matching: MatchingService, requests: MentorRequestService): Router {
  const r = Router();
  const p = (req: Request<Record<string, string>>, name: string) =>
    idParam(req, name, name === "menteeId" ? isUserId : isEntityId);
  r.get(
    "/programs/:programId/matching",
    respond((req) => matching.view(actorOf(req), p(req, "programId"))),
  );
  r.get(
    "/programs/:programId/matching/why-not",
    respond((req) => matching.whyNot(actorOf(req), p(req, "programId"), req.query)),
  );
  r.post(
    "/programs/:programId/matching/runs",
    respond((req) => matching.run(actorOf(req), p(req, "programId"), req.body), 201),
  );
  r.patch(
    "/programs/:programId/matching/proposals/:menteeId",
    respond((req) =>
      matching.updateProposal(actorOf(req), p(req, "programId"), p(req, "menteeId"), req.body),
    ),
  );
  r.post(
    "/programs/:programId/matching/proposals/:menteeId/pick",
    respond((req) => matching.pick(actorOf(req), p(req, "programId"), p(req, "menteeId"), req.body), 201),
  );
  r.post(
    "/programs/:programId/matching/approve",
    respond((req) => matching.approve(actorOf(req), p(req, "programId"), req.body)),
  );
  r.post(
    "/mentor-requests",
    respond((req) => requests.create(actorOf(req), req.body), 201),
  );
  r.get(
    "/mentor-requests",
    respond((req) =>
      requests.mine(actorOf(req), typeof req.query.programId === "string" ? req.query.programId : ""),
    ),
  );
  return r;
}
