import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const environment = z.object({
  NODE_ENV: z.string().default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().optional(),
  COSMOS_ENDPOINT: z.string().url().optional(),
  COSMOS_KEY: z.string().optional(),
  COSMOS_DATABASE: z.string().default("baton"),
  COSMOS_CONTAINER: z.string().default("baton"),
  BATON_DATA_DIR: z.string().default(".data"),
  BATON_DEV_SIGNIN: flag,
  BATON_SEED_DEMO: flag,
  MicrosoftAppId: z.string().default(""),
  MicrosoftAppPassword: z.string().default(""),
  MicrosoftAppType: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  MicrosoftAppTenantId: z.string().default(""),
  AAD_APP_CLIENT_ID: z.string().default(""),
  TAB_DOMAIN: z.string().default(""),
  TEAMS_APP_ID: z.string().default(""),
  /** The server's public https URL (links in cards); defaults to https://TAB_DOMAIN when that is set. */
  PUBLIC_URL: z.string().url().optional(),
});

export interface BatonConfig {
  production: boolean;
  port: number;
  host: string;
  cosmos:
    | { mode: "local"; dataDir: string; database: string; container: string }
    | { mode: "azure"; endpoint: string; key?: string; database: string; container: string };
  devSignIn: boolean;
  seedDemo: boolean;
  bot: { appId: string; appPassword: string; appType: string; tenantId: string };
  sso: { clientId: string; audiences: string[] };
  /** The Teams app id (manifest `id`): cards link into Teams when it is set. */
  teamsAppId: string;
  /** Public base URL for links; unset = the URL the server listens on. */
  publicUrl?: string;
  tabDistDir?: string;
}

/** Reads the environment once at start-up. A production config that enables dev sign-in is refused. */
export function loadConfig(env: Record<string, string | undefined> = process.env): BatonConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error in ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && e.BATON_DEV_SIGNIN) {
    throw new Error("BATON_DEV_SIGNIN is for local runs only and is refused when NODE_ENV=production.");
  }
  if (production && !e.COSMOS_ENDPOINT) {
    throw new Error(
      "COSMOS_ENDPOINT must be set in production; the embedded Cosmos server is for local runs.",
    );
  }
  const clientId = e.AAD_APP_CLIENT_ID;
  const audiences = clientId
    ? [clientId, ...(e.TAB_DOMAIN ? [`api://${e.TAB_DOMAIN}/${clientId}`] : [])]
    : [];
  return {
    production,
    port: e.PORT,
    // The dev sign-in mints a token for anyone: keep it on this machine unless HOST says otherwise.
    host: e.HOST ?? (e.BATON_DEV_SIGNIN ? "127.0.0.1" : "0.0.0.0"),
    cosmos: e.COSMOS_ENDPOINT
      ? {
          mode: "azure",
          endpoint: e.COSMOS_ENDPOINT,
          ...(e.COSMOS_KEY ? { key: e.COSMOS_KEY } : {}),
          database: e.COSMOS_DATABASE,
          container: e.COSMOS_CONTAINER,
        }
      : {
          mode: "local",
          dataDir: e.BATON_DATA_DIR,
          database: e.COSMOS_DATABASE,
          container: e.COSMOS_CONTAINER,
        },
    devSignIn: e.BATON_DEV_SIGNIN,
    seedDemo: e.BATON_SEED_DEMO,
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    sso: { clientId, audiences },
    teamsAppId: e.TEAMS_APP_ID,
    ...(e.PUBLIC_URL || e.TAB_DOMAIN ? { publicUrl: e.PUBLIC_URL ?? `https://${e.TAB_DOMAIN}` } : {}),
  };
}
