import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import type { Actor } from "../services/actor";
import type { DevSignIn } from "./dev-signin";
import { isCallerTenantId, isUserId } from "@baton/shared";

export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthenticationError";
  }
}

export const ENTRA_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";

export interface TokenValidatorOptions {
  /** Accepted `aud` values: the SSO app's client id and its `api://…` URI. */
  audiences: string[];
  /** Signing keys; defaults to Microsoft Entra ID's published keys. */
  keys?: JWTVerifyGetKey;
  /** If set, only these tenants may sign in. */
  allowedTenants?: string[];
  /** Present only when dev sign-in is enabled for a local run. */
  devSignIn?: DevSignIn;
}

const entraIssuers = (tid: string) => [
  `https://login.microsoftonline.com/${tid}/v2.0`,
  `https://sts.windows.net/${tid}/`,
];

function claim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * Validates a Teams SSO token (Entra ID access token for our API): signature against the tenant
 * keys, audience, issuer matching the token's own tenant, expiry, and tenant allow-list. The actor
 * it returns is the only identity the API trusts.
 */
export class TokenValidator {
  private readonly keys: JWTVerifyGetKey | undefined;

  constructor(private readonly options: TokenValidatorOptions) {
    this.keys =
      options.keys ??
      (options.audiences.length > 0 ? createRemoteJWKSet(new URL(ENTRA_JWKS_URL)) : undefined);
  }

  async validate(token: string): Promise<Actor> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthenticationError("The sign-in token is malformed.");
    }
    if (alg === "HS256") {
      if (!this.options.devSignIn)
        throw new AuthenticationError("Dev sign-in is not enabled on this server.");
      return this.options.devSignIn.verify(token);
    }
    if (!this.keys || this.options.audiences.length === 0)
      throw new AuthenticationError("Teams sign-in is not configured on this server (AAD_APP_CLIENT_ID).");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        audience: this.options.audiences,
        algorithms: ["RS256"],
        clockTolerance: 60,
        requiredClaims: ["exp", "iss", "tid", "oid"],
      }));
    } catch (error) {
      throw new AuthenticationError(`The sign-in token was rejected: ${(error as Error).message}`);
    }
    const tenantId = claim(payload, "tid") as string;
    if (!entraIssuers(tenantId).includes(payload.iss ?? ""))
      throw new AuthenticationError("The sign-in token was issued for another tenant.");
    if (this.options.allowedTenants && !this.options.allowedTenants.includes(tenantId))
      throw new AuthenticationError("Your organisation is not enabled for Baton.");
    const userId = claim(payload, "oid") as string;
    if (!isCallerTenantId(tenantId) || !isUserId(userId))
      throw new AuthenticationError("The sign-in token names a tenant or person id Baton cannot use.");
    return {
      tenantId,
      userId,
      displayName: claim(payload, "name") ?? claim(payload, "preferred_username") ?? "Someone",
    };
  }
}
