import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** On unless "0" or "false". */
const onByDefault = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v !== "0" && v !== "false");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_NAME = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?$/i;

/** Every setting the server reads (environment variables). Infra and env files provide them (production-config test). */
export const environment = z.object({
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
  /** `0` turns off the scheduler (reminders, check-ins, nudges, surveys) in this instance. */
  BATON_RHYTHM: onByDefault,
  /** Exports traces and metrics to Azure Monitor when set (Application Insights). */
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().optional(),
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

type Environment = z.infer<typeof environment>;

/**
 * What production needs besides the schema: a real store, a bot identity and the SSO app, each well formed.
 * Returns one message per problem, each naming the setting.
 */
function productionProblems(e: Environment): string[] {
  const problems: string[] = [];
  const need = (name: keyof Environment, ok: boolean, what: string) => {
    if (!ok) problems.push(`${name} ${e[name] ? `is malformed (${what})` : `must be set (${what})`}`);
  };
  if (e.BATON_DEV_SIGNIN)
    problems.push("BATON_DEV_SIGNIN is for local runs only and is refused when NODE_ENV=production.");
  need(
    "COSMOS_ENDPOINT",
    Boolean(e.COSMOS_ENDPOINT?.startsWith("https://")),
    "the https endpoint of Azure Cosmos DB; the embedded Cosmos server is for local runs",
  );
  need("MicrosoftAppId", GUID.test(e.MicrosoftAppId), "the bot's client id, a GUID");
  if (e.MicrosoftAppType !== "MultiTenant")
    need("MicrosoftAppTenantId", GUID.test(e.MicrosoftAppTenantId), "the bot's tenant id, a GUID");
  if (e.MicrosoftAppType === "SingleTenant")
    need("MicrosoftAppPassword", e.MicrosoftAppPassword !== "", "the bot's client secret");
  need("AAD_APP_CLIENT_ID", GUID.test(e.AAD_APP_CLIENT_ID), "the Teams SSO app's client id, a GUID");
  need("TAB_DOMAIN", HOST_NAME.test(e.TAB_DOMAIN), "the app's host name, without https://");
  return problems;
}

export interface BatonConfig {
  production: boolean;
  /** Run the scheduler in this instance (BATON_RHYTHM). */
  rhythm: boolean;
  /** Azure Monitor export (traces, metrics) when set. */
  appInsightsConnectionString?: string;
  logLevel: string;
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

/**
 * Reads the environment once at start-up. Throws naming every bad setting; in production (NODE_ENV=production)
 * also every missing one (store, bot identity, SSO app), and refuses the dev sign-in.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): BatonConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Configuration error in ${names.join("; ")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const problems = production ? productionProblems(e) : [];
  if (problems.length > 0) throw new Error(`Configuration error (production): ${problems.join("; ")}`);
  const clientId = e.AAD_APP_CLIENT_ID;
  const audiences = clientId
    ? [clientId, ...(e.TAB_DOMAIN ? [`api://${e.TAB_DOMAIN}/${clientId}`] : [])]
    : [];
  return {
    production,
    rhythm: e.BATON_RHYTHM,
    ...(e.APPLICATIONINSIGHTS_CONNECTION_STRING
      ? { appInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING }
      : {}),
    logLevel: e.LOG_LEVEL,
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
