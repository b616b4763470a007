import { randomBytes } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import type { Actor } from "../services/actor";
import { AuthenticationError } from "./token-validator";
import { isCallerTenantId, isUserId } from "@baton/shared";

const ISSUER = "urn:baton:dev-signin";
const AUDIENCE = "urn:baton:local";

/**
 * Local runs only: lets a developer act as any demo person without Microsoft Entra ID.
 * The server refuses to start with it in production config (see config.ts); tokens are signed with
 * a per-process secret, so they are worthless anywhere else.
 */
export class DevSignIn {
  private readonly secret = new Uint8Array(randomBytes(32));

  async issue(actor: Actor, lifetimeSeconds = 8 * 3600): Promise<string> {
    return new SignJWT({ tid: actor.tenantId, oid: actor.userId, name: actor.displayName })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
      .sign(this.secret);
  }

  async verify(token: string): Promise<Actor> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ["HS256"],
        requiredClaims: ["exp", "tid", "oid"],
      });
      if (!isCallerTenantId(payload.tid) || !isUserId(payload.oid)) throw new Error("bad tid or oid");
      return {
        tenantId: payload.tid,
        userId: payload.oid,
        displayName: String(payload.name ?? ""),
      };
    } catch (error) {
      throw new AuthenticationError(`The dev sign-in token was rejected: ${(error as Error).message}`);
    }
  }
}
