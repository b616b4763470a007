import type { ThemeName } from "../theme/theme-name";
import { themeNameFrom } from "../theme/theme-name";
import { loadTeamsSdk } from "./teams-sdk";
import { withTimeout } from "./with-timeout";

/** What Baton takes from its host. Never identity: who you are comes from the token, checked by the server. */
export interface TeamsHost {
  inTeams: boolean;
  theme: ThemeName;
  locale: string;
  chatId?: string;
  /** A channel (standard, private or shared) when the tab is configured or shown in one. */
  channelId?: string;
  subPageId?: string;
  frameContext?: string;
}

/**
 * How long teams-js itself waits for the host to answer `app.initialize()` (its "SDK initialization
 * timed out" after 60 s). A framed tab waits this long: cold desktop and mobile starts take seconds.
 */
export const TEAMS_INIT_TIMEOUT_MS = 60_000;
/** A window that is only an opened pop-up (not framed, no native bridge) is most likely a plain browser. */
const POPUP_INIT_TIMEOUT_MS = 1500;
/** Attempts when framed: one retry after a real failure, before the plain-browser fallback. */
const FRAMED_ATTEMPTS = 2;
const RETRY_DELAY_MS = 1000;

/**
 * Teams hosts tabs in an iframe (web, desktop) or a webview with a native bridge (mobile). A top-level
 * browser window has neither, so there is no point waiting for a host that will never answer.
 */
function hostKind(): "hosted" | "popup" | "browser" {
  const w = window as Window & { nativeInterface?: unknown };
  let framed = false;
  try {
    framed = w.self !== w.top;
  } catch {
    framed = true;
  }
  if (framed || w.nativeInterface !== undefined) return "hosted";
  return w.opener ? "popup" : "browser";
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function browserHost(): TeamsHost {
  const params = new URLSearchParams(window.location.search);
  return {
    inTeams: false,
    theme: themeNameFrom(params.get("theme")),
    locale: navigator.language || "en-US",
    chatId: params.get("chatId") ?? undefined,
    channelId: params.get("channelId") ?? undefined,
  };
}

/**
 * Connects to Teams when the page may be hosted by it. Framed (or with the mobile bridge), it waits as
 * long as teams-js does and retries once after a failure; only then does it treat the page as a plain
 * browser. A top-level window is a browser at once; an opened pop-up gets a short wait.
 */
export async function initTeamsHost(): Promise<TeamsHost> {
  const kind = hostKind();
  if (kind === "browser") return browserHost();
  const hosted = kind === "hosted";
  const timeout = hosted ? TEAMS_INIT_TIMEOUT_MS : POPUP_INIT_TIMEOUT_MS;
  const attempts = hosted ? FRAMED_ATTEMPTS : 1;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const found = await connect(timeout);
    if (found) return found;
    if (attempt < attempts) await pause(RETRY_DELAY_MS);
  }
  return browserHost();
}

async function connect(timeout: number): Promise<TeamsHost | undefined> {
  try {
    const { app } = await loadTeamsSdk();
    await withTimeout(app.initialize(), timeout, "Teams initialisation");
    const context = await withTimeout(app.getContext(), timeout, "Teams context");
    try {
      app.notifySuccess();
    } catch {
      // Only needed when the manifest asks for a loading indicator.
    }
    return {
      inTeams: true,
      theme: themeNameFrom(context.app.theme),
      locale: context.app.locale || navigator.language || "en-US",
      chatId: context.chat?.id,
      channelId: context.channel?.id,
      subPageId: context.page.subPageId,
      frameContext: context.page.frameContext,
    };
  } catch {
    return undefined;
  }
}

/** Follows theme changes the user makes in Teams while the tab is open. */
export async function onTeamsThemeChange(handler: (theme: ThemeName) => void): Promise<void> {
  const { app } = await loadTeamsSdk();
  app.registerOnThemeChangeHandler((theme) => handler(themeNameFrom(theme)));
}

/** A Teams SSO token for the Baton API (Teams caches and refreshes it). */
export async function teamsToken(): Promise<string> {
  const { authentication } = await loadTeamsSdk();
  return authentication.getAuthToken();
}

/** Opens a Teams deep link: through teams-js inside Teams (so Teams navigates), else a new window. */
export async function openTeamsLink(url: string, inTeams: boolean): Promise<void> {
  if (inTeams) {
    const { app } = await loadTeamsSdk();
    await app.openLink(url);
  } else window.open(url, "_blank", "noopener");
}
