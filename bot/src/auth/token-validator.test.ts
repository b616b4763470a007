import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { DevSignIn } from "./dev-signin";
import { AuthenticationError, TokenValidator } from "./token-validator";

const TENANT = "11111111-2222-3333-4444-555555555555";
const CLIENT = "baton-client-id";
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let signingKey: PrivateKey;
let otherKey: PrivateKey;
let jwks: JWK[];

beforeAll(async () => {
  const pair = await generateKeyPair("RS256", { extractable: true });
  const other = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  otherKey = other.privateKey;
  jwks = [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" }];
});

const token = (
  claims: Record<string, unknown> = {},
  opts: { key?: PrivateKey; exp?: number; iss?: string; aud?: string } = {},
) =>
  new SignJWT({ tid: TENANT, oid: "user-1", name: "Ada Admin", ...claims })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(opts.iss ?? `https://login.microsoftonline.com/${TENANT}/v2.0`)
    .setAudience(opts.aud ?? CLIENT)
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 600)
    .sign(opts.key ?? signingKey);

const validator = (extra: Partial<ConstructorParameters<typeof TokenValidator>[0]> = {}) =>
  new TokenValidator({
    audiences: [CLIENT, `api://baton.example.com/${CLIENT}`],
    keys: createLocalJWKSet({ keys: jwks }),
    ...extra,
  });

describe("TokenValidator", () => {
  it("accepts a valid Teams SSO token and takes identity from its claims", async () => {
    await expect(validator().validate(await token())).resolves.toEqual({
      tenantId: TENANT,
      userId: "user-1",
      displayName: "Ada Admin",
    });
    await expect(
      validator().validate(
        await token(
          {},
          { iss: `https://sts.windows.net/${TENANT}/`, aud: `api://baton.example.com/${CLIENT}` },
        ),
      ),
    ).resolves.toMatchObject({ userId: "user-1" });
  });

  it.each([
    ["a wrong signature", () => token({}, { key: otherKey })],
    ["another audience", () => token({}, { aud: "someone-else" })],
    [
      "an issuer of another tenant",
      () => token({}, { iss: "https://login.microsoftonline.com/99999999-2222-3333-4444-555555555555/v2.0" }),
    ],
    ["an expired token", () => token({}, { exp: Math.floor(Date.now() / 1000) - 3600 })],
    ["no user id", () => token({ oid: undefined })],
    ["a user id with the key separator", () => token({ oid: "user-1|pair:p1" })],
    ["a user id with a reserved character", () => token({ oid: "user/1" })],
  ])("rejects %s", async (_what, make) => {
    await expect(validator().validate(await make())).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("rejects a dev sign-in token whose ids could reach another partition", async () => {
    const dev = new DevSignIn();
    const forged = await dev.issue({ tenantId: "contoso-demo|user:u-priya", userId: "x", displayName: "X" });
    await expect(validator({ devSignIn: dev }).validate(forged)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("rejects tenants outside the allow-list", async () => {
    await expect(validator({ allowedTenants: ["other"] }).validate(await token())).rejects.toThrow(
      /not enabled/,
    );
  });

  it("accepts dev sign-in tokens only when dev sign-in is on", async () => {
    const dev = new DevSignIn();
    const devToken = await dev.issue({ tenantId: "contoso-demo", userId: "u-priya", displayName: "Priya" });
    await expect(validator({ devSignIn: dev }).validate(devToken)).resolves.toMatchObject({
      userId: "u-priya",
    });
    await expect(validator().validate(devToken)).rejects.toThrow(/not enabled/);
    await expect(validator({ devSignIn: new DevSignIn() }).validate(devToken)).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });

  it("rejects garbage", async () => {
    await expect(validator().validate("not.a.jwt")).rejects.toBeInstanceOf(AuthenticationError);
  });
});
