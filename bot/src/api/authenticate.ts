import type { Request, RequestHandler } from "express";
import type { TokenValidator } from "../auth/token-validator";
import { AuthenticationError } from "../auth/token-validator";
import type { Actor } from "../services/actor";

const ACTOR = Symbol("actor");
type WithActor = Request & { [ACTOR]?: Actor };

/** Requires `Authorization: Bearer <token>` and records the validated actor on the request. */
export function authenticate(validator: TokenValidator): RequestHandler {
  return (req, _res, next) => {
    const header = req.headers.authorization ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1]) return next(new AuthenticationError("Sign in first: the request has no bearer token."));
    validator
      .validate(match[1])
      .then((actor) => {
        (req as WithActor)[ACTOR] = actor;
        next();
      })
      .catch(next);
  };
}

export function actorOf(req: Request): Actor {
  const actor = (req as WithActor)[ACTOR];
  if (!actor) throw new AuthenticationError("Sign in first.");
  return actor;
}
