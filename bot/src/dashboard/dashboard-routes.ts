import { Router, type Request } from "express";
import { actorOf } from "../api/authenticate";
import { respond } from "../api/respond";
import type { DashboardService } from "./dashboard-service";

export function dashboardRoutes(service: DashboardService): Router {
  const r = Router();
  const p = (req: Request<Record<string, string>>, name: string) => String(req.params[name]);
  r.get(
    "/programs/:programId/dashboard",
    respond((req) => service.view(actorOf(req), p(req, "programId"), req.query)),
  );
  r.get("/programs/:programId/dashboard.csv", (req, res, next) => {
    service
      .csv(actorOf(req), p(req, "programId"), req.query)
      .then(({ filename, text }) => {
        res
          .status(200)
          .type("text/csv; charset=utf-8")
          .setHeader(
            "Content-Disposition",
            `attachment; filename="${filename.replace(/[^A-Za-z0-9_.-]/g, "_")}"`,
          )
          .setHeader("Cache-Control", "no-store")
          .send(text);
      })
      .catch(next);
  });
  r.get(
    "/programs/:programId/knowledge-risk",
    respond((req) => service.knowledgeRisk(actorOf(req), p(req, "programId"))),
  );
  r.get(
    "/dashboards",
    respond((req) => service.pinnable(actorOf(req))),
  );
  r.put(
    "/channels/:channelId/dashboard",
    respond((req) => service.pin(actorOf(req), p(req, "channelId"), req.body)),
  );
  return r;
}
