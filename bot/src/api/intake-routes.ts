import { Router } from "express";
import type { IntakeProgressService } from "../services/intake-progress-service";
import { isEntityId } from "@baton/shared";
import { actorOf } from "./authenticate";
import { idParam } from "./path-guard";
import { respond } from "./respond";

/** Program owners: how intake is going (aggregates only). */
export function intakeRoutes(service: IntakeProgressService): Router {
  const r = Router();
  r.get(
    "/programs/:programId/intake",
    respond((req) => service.view(actorOf(req), idParam(req, "programId", isEntityId))),
  );
  return r;
}
