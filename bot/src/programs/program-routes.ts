import { Router, type Request, type RequestHandler } from "express";
import { peopleSearchInput, parseInput } from "@baton/shared";
import { actorOf } from "../api/authenticate";
import { respond } from "../api/respond";
import type { JoinFromTab } from "./join-from-tab";
import type { PeopleDirectory } from "./people-directory";
import type { ProgramService } from "./program-service";
import type { SettingsService } from "./settings-service";

/** Records every signed-in caller in the people directory (errors never block the request). */
export function rememberCaller(people: PeopleDirectory): RequestHandler {
  return (req, _res, next) => {
    people.remember(actorOf(req)).then(
      () => next(),
      (error: unknown) => {
        console.warn("Could not record a person in the directory", error);
        next();
      },
    );
  };
}

/** Programs (create, setup, lifecycle, share, join from the tab), the tenant's Baton settings and the people picker. */
export function programRoutes(
  programs: ProgramService,
  settings: SettingsService,
  people: PeopleDirectory,
  join: JoinFromTab,
): Router {
  const r = Router();
  const id = (req: Request<Record<string, string>>) => String(req.params.programId);
  r.get(
    "/me/joinable-programs",
    respond((req) => join.joinable(actorOf(req))),
  );
  r.post(
    "/programs/:programId/join",
    respond((req) => join.join(actorOf(req), id(req))),
  );
  r.get(
    "/settings",
    respond((req) => settings.view(actorOf(req))),
  );
  r.patch(
    "/settings",
    respond((req) => settings.update(actorOf(req), req.body)),
  );
  r.get(
    "/people",
    respond(async (req) => people.search(actorOf(req), parseInput(peopleSearchInput, req.query).q)),
  );
  r.get(
    "/programs",
    respond((req) => programs.mine(actorOf(req))),
  );
  r.post(
    "/programs",
    respond((req) => programs.create(actorOf(req), req.body), 201),
  );
  r.get(
    "/programs/:programId/about",
    respond((req) => programs.about(actorOf(req), id(req))),
  );
  r.get(
    "/programs/:programId/setup",
    respond((req) => programs.setup(actorOf(req), id(req))),
  );
  r.patch(
    "/programs/:programId/setup",
    respond((req) => programs.updateSetup(actorOf(req), id(req), req.body)),
  );
  r.put(
    "/programs/:programId/people",
    respond((req) => programs.updatePeople(actorOf(req), id(req), req.body)),
  );
  r.post(
    "/programs/:programId/open",
    respond((req) => programs.open(actorOf(req), id(req), req.body)),
  );
  r.post(
    "/programs/:programId/status",
    respond((req) => programs.status(actorOf(req), id(req), req.body)),
  );
  r.get(
    "/programs/:programId/share-targets",
    respond((req) => programs.shareTargets(actorOf(req), id(req))),
  );
  r.post(
    "/programs/:programId/share",
    respond((req) => programs.share(actorOf(req), id(req), req.body)),
  );
  return r;
}
