import { Router, type Request, type Response } from "express";
import {
  ERASURE_STEPS,
  eraseInput,
  isEntityId,
  retentionDueAt,
  retentionLine,
  isUserId,
  notFound,
  parseInput,
  type ErasureView,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { actorOf } from "../api/authenticate";
import { idParam } from "../api/path-guard";
import { respond } from "../api/respond";
import type { Actor } from "../services/actor";
import type { AuditLog } from "./audit-log";
import type { ErasureService } from "./erasure-service";
import type { ExportService } from "./export-service";
import type { RetentionJob } from "./retention-job";

export interface MyDataRouteDeps {
  repos: Repositories;
  retention: RetentionJob;
  exports: ExportService;
  erasure: ErasureService;
  audit: AuditLog;
}

const asObject = (body: unknown) => (body && typeof body === "object" && !Array.isArray(body) ? body : {});

type Req = Request<Record<string, string>>;

/** Sends an export as JSON, or as a readable HTML download with `?format=html`. */
async function sendExport(deps: MyDataRouteDeps, req: Req, res: Response, actor: Actor, userId: string) {
  const data = await deps.exports.export(
    actor.tenantId,
    userId,
    userId === actor.userId ? actor.displayName : undefined,
  );
  if (req.query.format === "html") {
    res.setHeader("Content-Disposition", 'attachment; filename="baton-my-data.html"');
    res.type("html").send(deps.exports.html(data));
    return;
  }
  res.setHeader("Cache-Control", "no-store");
  res.json(data);
}

const answer = (res: Response, v: ErasureView) => res.status(v.status === "done" ? 200 : 202).json(v);

/** Only the tenant's Baton admins; anyone else meets a 404 (the route does not exist for them). */
async function requireAdmin(deps: MyDataRouteDeps, actor: Actor): Promise<void> {
  const settings = await deps.repos.programs.getSettings(actor.tenantId);
  if (!settings?.adminIds.includes(actor.userId)) throw notFound("This");
}

/**
 * My data: `GET /api/me/export` (JSON, or `?format=html`), `POST /api/me/erase` with
 * `{"confirm": "erase my data"}` (200 done, 202 still running; 400 naming `confirm`),
 * `GET /api/me/erase` (the erasure's state), a 404 for `GET /api/me/profile` once erased, and the
 * admin-on-behalf routes `/api/admin/people/:userId/export|erase` and `GET /api/admin/audit`.
 */
export function myDataRoutes(deps: MyDataRouteDeps): Router {
  const r = Router();
  const wrap =
    (handler: (req: Req, res: Response) => Promise<void>) =>
    (req: Req, res: Response, next: (e: unknown) => void) => {
      handler(req, res).catch(next);
    };
  r.get("/me/profile", (req: Req, _res: Response, next: (e?: unknown) => void) => {
    const actor = actorOf(req);
    deps.erasure
      .isErased(actor.tenantId, actor.userId)
      .then((erased) => next(erased ? notFound("Your mentoring profile") : undefined), next);
  });
  r.get(
    "/me/export",
    wrap(async (req, res) => {
      const actor = actorOf(req);
      await sendExport(deps, req, res, actor, actor.userId);
    }),
  );
  r.post(
    "/me/erase",
    wrap(async (req, res) => {
      const actor = actorOf(req);
      parseInput(eraseInput, asObject(req.body));
      answer(
        res,
        await deps.erasure.start(actor.tenantId, actor.userId, "self", { tokenName: actor.displayName }),
      );
    }),
  );
  r.get(
    "/me/erase",
    respond(async (req) => {
      const actor = actorOf(req);
      const doc = await deps.erasure.read(actor.tenantId, actor.userId);
      if (!doc) throw notFound("An erasure");
      return {
        status: doc.status,
        stepsDone: doc.stepsDone.length,
        steps: ERASURE_STEPS.length,
      } satisfies ErasureView;
    }),
  );
  r.get(
    "/admin/people/:userId/export",
    wrap(async (req, res) => {
      const actor = actorOf(req);
      await requireAdmin(deps, actor);
      const userId = idParam(req, "userId", isUserId);
      const data = await deps.exports.export(actor.tenantId, userId);
      await deps.audit.record(actor.tenantId, actor.userId, "export", userId);
      if (req.query.format === "html") {
        res.setHeader("Content-Disposition", 'attachment; filename="baton-person-data.html"');
        res.type("html").send(deps.exports.html(data));
      } else res.json(data);
    }),
  );
  r.post(
    "/admin/people/:userId/erase",
    wrap(async (req, res) => {
      const actor = actorOf(req);
      await requireAdmin(deps, actor);
      const userId = idParam(req, "userId", isUserId);
      parseInput(eraseInput, asObject(req.body));
      await deps.audit.record(actor.tenantId, actor.userId, "erase", userId);
      answer(res, await deps.erasure.start(actor.tenantId, userId, "admin"));
    }),
  );
  r.get(
    "/programs/:programId/retention",
    respond(async (req) => {
      const actor = actorOf(req);
      const program = await deps.repos.programs.get(actor.tenantId, idParam(req, "programId", isEntityId));
      if (!program?.ownerIds.includes(actor.userId)) throw notFound("This program");
      const erasedAt = await deps.retention.erasedAt(actor.tenantId, program.programId);
      return {
        retentionMonths: program.retentionMonths ?? 12,
        dueAt: retentionDueAt(program),
        erasedAt: erasedAt ?? null,
        line: retentionLine(program, erasedAt),
      };
    }),
  );
  r.get(
    "/admin/audit",
    respond(async (req) => {
      const actor = actorOf(req);
      await requireAdmin(deps, actor);
      return { entries: await deps.audit.list(actor.tenantId) };
    }),
  );
  return r;
}
