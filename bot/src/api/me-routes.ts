import { Router } from "express";
import type { MyMentoringService } from "../services/my-mentoring-service";
import { isChatId } from "@baton/shared";
import { actorOf } from "./authenticate";
import { idParam } from "./path-guard";
import { respond } from "./respond";

export function meRoutes(service: MyMentoringService): Router {
  const r = Router();
  r.get(
    "/me",
    respond((req) => service.view(actorOf(req))),
  );
  r.get(
    "/chats/:chatId/pair",
    respond((req) => service.resolveChat(actorOf(req), idParam(req, "chatId", isChatId))),
  );
  r.put(
    "/chats/:chatId/pair",
    respond((req) => service.linkChat(actorOf(req), idParam(req, "chatId", isChatId), req.body)),
  );
  return r;
}
