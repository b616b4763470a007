import { Router } from "express";
import type { MyMentoringService } from "../services/my-mentoring-service";
import { actorOf } from "./authenticate";
import { respond } from "./respond";

export function meRoutes(service: MyMentoringService): Router {
  const r = Router();
  r.get(
    "/me",
    respond((req) => service.view(actorOf(req))),
  );
  r.get(
    "/chats/:chatId/pair",
    respond((req) => service.resolveChat(actorOf(req), String(req.params.chatId))),
  );
  r.put(
    "/chats/:chatId/pair",
    respond((req) => service.linkChat(actorOf(req), String(req.params.chatId), req.body)),
  );
  return r;
}
