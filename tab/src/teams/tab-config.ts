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

export async function setConfigValid(valid: boolean): Promise<void> {
  const { pages } = await loadTeamsSdk();
  pages.config.setValidityState(valid);
}

/**
 * Registers the Save handler of the config page. `save` links the chat and returns the pair id; the tab
 * is then configured to open the chat view, and Teams is told whether it worked.
 */
export async function onConfigSave(
  save: () => Promise<string>,
  onError: (error: unknown) => void,
): Promise<void> {
  const { pages } = await loadTeamsSdk();
  pages.config.registerOnSaveHandler((event) => {
    save()
      .then((pairId) => pages.config.setConfig(chatTabConfig(window.location.origin, pairId)))
      .then(
        () => event.notifySuccess(),
        (error: unknown) => {
          onError(error);
          event.notifyFailure(error instanceof Error ? error.message : "Could not link the chat.");
        },
      );
  });
}
