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

const INIT_TIMEOUT_MS = 1500;

/**
 * Teams hosts tabs in an iframe (web, desktop) or a webview with a native bridge (mobile). A top-level
 * browser window has neither, so there is no point waiting for a host that will never answer.
 */
function mayBeHosted(): boolean {
  const w = window as Window & { nativeInterface?: unknown };
  let framed = false;
  try {
    framed = w.self !== w.top;
  } catch {
    framed = true;
  }
  return framed || w.nativeInterface !== undefined || !!w.opener;
}

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

export async function initTeamsHost(): Promise<TeamsHost> {
  if (!mayBeHosted()) return browserHost();
  try {
    const { app } = await loadTeamsSdk();
    await withTimeout(app.initialize(), INIT_TIMEOUT_MS, "Teams initialisation");
    const context = await withTimeout(app.getContext(), INIT_TIMEOUT_MS, "Teams context");
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
    return browserHost();
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
