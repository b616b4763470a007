import { loadTeamsSdk } from "./teams-sdk";

/** The instance settings Teams saves for a pair's chat tab. */
export function chatTabConfig(origin: string, pairId: string) {
  return {
    contentUrl: `${origin}/tab/chat`,
    entityId: pairId,
    suggestedDisplayName: "Baton",
    websiteUrl: `${origin}/tab/pair/${encodeURIComponent(pairId)}`,
  };
}

/** The instance settings Teams saves for a channel tab showing a program's dashboard. */
export function dashboardTabConfig(origin: string, programId: string, programName: string) {
  const url = `${origin}/tab/dashboard/${encodeURIComponent(programId)}`;
  return {
    contentUrl: url,
    entityId: `dashboard:${programId}`,
    suggestedDisplayName: `${programName} dashboard`.slice(0, 120),
    websiteUrl: url,
  };
}

export type TabInstanceConfig = ReturnType<typeof chatTabConfig>;

export async function setConfigValid(valid: boolean): Promise<void> {
  const { pages } = await loadTeamsSdk();
  pages.config.setValidityState(valid);
}

/**
 * Registers the Save handler of the config page. `save` stores the binding (a chat's pair, a channel's
 * program) and returns the tab's settings; Teams saves them and is told whether it worked.
 */
export async function onConfigSave(
  save: () => Promise<TabInstanceConfig>,
  onError: (error: unknown) => void,
): Promise<void> {
  const { pages } = await loadTeamsSdk();
  pages.config.registerOnSaveHandler((event) => {
    save()
      .then((config) => pages.config.setConfig(config))
      .then(
        () => event.notifySuccess(),
        (error: unknown) => {
          onError(error);
          event.notifyFailure(error instanceof Error ? error.message : "Could not save the tab.");
        },
      );
  });
}
