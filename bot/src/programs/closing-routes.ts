import { Router, type Request } from "express";
import { actorOf } from "../api/authenticate";
import { respond } from "../api/respond";
import type { ClosingService } from "./closing-service";
import type { NextCohortService } from "./next-cohort-service";
import type { PairHealthService } from "./pair-health-service";
import type { TaxonomyService } from "./taxonomy-service";

export interface ProgramCloseServices {
  closing: ClosingService;
  nextCohort: NextCohortService;
  health: PairHealthService;
  taxonomy: TaxonomyService;
}

/**
 * Owner routes (404 for anyone else): pair health, closing a pair or the cycle, the next cohort, and
 * taxonomy edits. Member routes: one's own closing reflection.
 */
export function programCloseRoutes(s: ProgramCloseServices): Router {
  const r = Router();
  const p = (req: Request<Record<string, string>>, name: string) => String(req.params[name]);
  r.get(
    "/programs/:programId/pairs",
    respond((req) => s.health.list(actorOf(req), p(req, "programId"))),
  );
  r.post(
    "/programs/:programId/pairs/:pairId/close",
    respond((req) => s.closing.closePair(actorOf(req), p(req, "programId"), p(req, "pairId"))),
  );
  r.post(
    "/programs/:programId/close-cycle",
    respond((req) => s.closing.closeCycle(actorOf(req), p(req, "programId"))),
  );
  r.post(
    "/programs/:programId/next-cohort",
    respond((req) => s.nextCohort.start(actorOf(req), p(req, "programId"), req.body)),
  );
  r.post(
    "/programs/:programId/taxonomy",
    respond((req) => s.taxonomy.edit(actorOf(req), p(req, "programId"), req.body)),
  );
  r.get(
    "/pairs/:pairId/closing",
    respond((req) => s.closing.view(actorOf(req), p(req, "pairId"))),
  );
  r.put(
    "/pairs/:pairId/closing",
    respond((req) => s.closing.reflect(actorOf(req), p(req, "pairId"), req.body)),
  );
  return r;
}
