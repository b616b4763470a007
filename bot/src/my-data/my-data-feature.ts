import type { BotFeature } from "../bot/turn";
import { renderCard } from "../cards/render-card";
import myDataTemplate from "./cards/my-data.json";

/**
 * Where the My data page is: a Teams deep link to the personal tab with sub-entity `my-data`, or the
 * tab's own URL in local runs (no Teams app id).
 */
export function myDataLink(options: { teamsAppId?: string | undefined; publicUrl: string }): string {
  if (!options.teamsAppId) return `${options.publicUrl}/tab/my-data`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: "my-data" }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/my-mentoring?context=${context}`;
}

/** `my data`: a card whose button opens the My data page (export and erase happen there). */
export function myDataFeature(link: () => string): BotFeature {
  return {
    commands: {
      "my data": async (turn) => turn.send({ card: renderCard(myDataTemplate, { url: link() }) }),
    },
  };
}
