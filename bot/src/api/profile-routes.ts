import { Router } from "express";
import type { ParticipationService } from "../services/participation-service";
import type { ProfileService } from "../services/profile-service";
import { actorOf } from "./authenticate";
import { respond } from "./respond";

/** The signed-in person's own mentoring profile and participation. */
export function profileRoutes(profiles: ProfileService, participation: ParticipationService): Router {
  const r = Router();
  r.get(
    "/me/profile",
    respond((req) => profiles.view(actorOf(req))),
  );
  r.put(
    "/me/profile",
    respond((req) => profiles.update(actorOf(req), req.body)),
  );
  r.post(
    "/me/pause",
    respond((req) =>
      participation.pause(actorOf(req), req.body, req.acceptsLanguages()[0]?.replace("*", "") || undefined),
    ),
  );
  r.post(
    "/me/resume",
    respond((req) => participation.resume(actorOf(req))),
  );
  r.post(
    "/me/rejoin",
    respond((req) => participation.rejoin(actorOf(req))),
  );
  r.post(
    "/me/leave",
    respond((req) => participation.leave(actorOf(req), req.body)),
  );
  return r;
}
