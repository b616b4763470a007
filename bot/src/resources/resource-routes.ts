import { Router, type Request } from "express";
import { actorOf } from "../api/authenticate";
import { respond } from "../api/respond";
import type { ResourceService } from "./resource-service";

/** The resource library's REST API (docs in README "What to try"). */
export function resourceRoutes(service: ResourceService): Router {
  const r = Router();
  const p = (req: Request<Record<string, string>>, name: string) => String(req.params[name]);
  r.get(
    "/programs/:programId/resources",
    respond((req) => service.view(actorOf(req), p(req, "programId"))),
  );
  r.post(
    "/programs/:programId/resources",
    respond((req) => service.create(actorOf(req), p(req, "programId"), req.body), 201),
  );
  r.put(
    "/programs/:programId/resources/:resourceId",
    respond((req) => service.update(actorOf(req), p(req, "programId"), p(req, "resourceId"), req.body)),
  );
  r.delete(
    "/programs/:programId/resources/:resourceId",
    respond((req) => service.remove(actorOf(req), p(req, "programId"), p(req, "resourceId"))),
  );
  r.put(
    "/programs/:programId/playbook",
    respond((req) => service.savePlaybook(actorOf(req), p(req, "programId"), req.body)),
  );
  r.get(
    "/pairs/:pairId/resources",
    respond((req) => service.forPair(actorOf(req), p(req, "pairId"))),
  );
  return r;
}
