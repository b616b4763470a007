import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("loadConfig", () => {
  it("uses the embedded Cosmos server when no endpoint is set", () => {
    const c = loadConfig({});
    expect(c.cosmos.mode).toBe("local");
    expect(c.port).toBe(3978);
    expect(c.devSignIn).toBe(false);
  });

  it("talks to Azure Cosmos DB when COSMOS_ENDPOINT is set", () => {
    const c = loadConfig({ COSMOS_ENDPOINT: "https://baton.documents.azure.com:443/" });
    expect(c.cosmos).toMatchObject({ mode: "azure", endpoint: "https://baton.documents.azure.com:443/" });
  });

  it("binds to loopback when the dev sign-in is on, unless HOST is set explicitly", () => {
    expect(loadConfig({ BATON_DEV_SIGNIN: "1" }).host).toBe("127.0.0.1");
    expect(loadConfig({ BATON_DEV_SIGNIN: "1", HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    expect(loadConfig({}).host).toBe("0.0.0.0");
  });

  it("refuses dev sign-in in production", () => {
    expect(() =>
      loadConfig({
        NODE_ENV: "production",
        BATON_DEV_SIGNIN: "1",
        COSMOS_ENDPOINT: "https://x.documents.azure.com/",
      }),
    ).toThrow(/refused when NODE_ENV=production/);
  });

  it("refuses the embedded store in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/COSMOS_ENDPOINT must be set/);
  });

  it("names a bad setting", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
  });

  it("accepts the SSO app id and its api:// URI as audiences", () => {
    const c = loadConfig({ AAD_APP_CLIENT_ID: "abc", TAB_DOMAIN: "baton.example.com" });
    expect(c.sso.audiences).toEqual(["abc", "api://baton.example.com/abc"]);
  });

  it("links cards into Teams when the app id is known, at the public URL", () => {
    const c = loadConfig({ TEAMS_APP_ID: "app-1", TAB_DOMAIN: "baton.example.com" });
    expect(c).toMatchObject({ teamsAppId: "app-1", publicUrl: "https://baton.example.com" });
    expect(loadConfig({}).publicUrl).toBeUndefined();
  });
});

describe("loadConfig in production", () => {
  const complete = {
    NODE_ENV: "production",
    COSMOS_ENDPOINT: "https://baton.documents.azure.com:443/",
    MicrosoftAppId: "11111111-2222-4333-8444-555555555555",
    MicrosoftAppType: "UserAssignedMSI",
    MicrosoftAppTenantId: "66666666-7777-4888-9999-000000000000",
    AAD_APP_CLIENT_ID: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
    TAB_DOMAIN: "app-baton.azurewebsites.net",
  };

  it("starts with the settings the Bicep provides, keyless", () => {
    const c = loadConfig(complete);
    expect(c).toMatchObject({ production: true, cosmos: { mode: "azure" }, rhythm: true });
    expect(c.cosmos).not.toHaveProperty("key");
  });

  it("names every missing setting at once", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      /COSMOS_ENDPOINT must be set.*MicrosoftAppId must be set.*AAD_APP_CLIENT_ID must be set.*TAB_DOMAIN must be set/,
    );
  });

  it("names a malformed setting", () => {
    expect(() => loadConfig({ ...complete, MicrosoftAppId: "my-bot" })).toThrow(
      /MicrosoftAppId is malformed/,
    );
    expect(() => loadConfig({ ...complete, TAB_DOMAIN: "https://app.example.com/" })).toThrow(
      /TAB_DOMAIN is malformed/,
    );
    expect(() => loadConfig({ ...complete, COSMOS_ENDPOINT: "http://cosmos.internal/" })).toThrow(
      /COSMOS_ENDPOINT is malformed/,
    );
    expect(() => loadConfig({ ...complete, LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("needs the bot's secret for a single-tenant bot with a secret", () => {
    expect(() => loadConfig({ ...complete, MicrosoftAppType: "SingleTenant" })).toThrow(
      /MicrosoftAppPassword must be set/,
    );
  });
});
