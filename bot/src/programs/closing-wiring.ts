import type { ProactiveSender } from "../bot/proactive-sender";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { closingFeature } from "./closing-feature";
import { programCloseRoutes } from "./closing-routes";
import { ClosingService } from "./closing-service";
import { NextCohortService } from "./next-cohort-service";
import { PairHealthService } from "./pair-health-service";
import { PairStatusProjector } from "./pair-status-projector";
import { TaxonomyService } from "./taxonomy-service";

/**
 * Closing, pair health, next cohort and taxonomy edits, built once for the server: its routes, its
 * bot feature, the planner's lifecycle step and the hook every pair write calls.
 */
export function createProgramClosing(deps: {
  repos: Repositories;
  clock: Clock;
  sender: ProactiveSender;
  planPair: (tenantId: string, pairId: string) => Promise<unknown>;
}) {
  const { repos, clock, sender } = deps;
  const projector = new PairStatusProjector(repos, clock);
  const closing = new ClosingService({ repos, sender, projector, clock, planPair: deps.planPair });
  const health = new PairHealthService(repos, projector, clock);
  const nextCohort = new NextCohortService(repos, sender, health, clock);
  const taxonomy = new TaxonomyService(repos, clock);
  return {
    closing,
    /** After any write to a pair: keep its status projection current. */
    pairChanged: (tenantId: string, pairId: string) => projector.refreshQuietly(tenantId, pairId),
    lifecycle: closing.lifecycle.bind(closing),
    routes: () => programCloseRoutes({ closing, nextCohort, health, taxonomy }),
    feature: () => closingFeature(repos, closing, nextCohort),
  };
}
