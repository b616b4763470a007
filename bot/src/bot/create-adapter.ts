import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from "botbuilder";
import type { BatonConfig } from "../config";
import { silentLogger, type Logger } from "../observability/logger";
import { ReusingBotFrameworkAuthentication } from "./reusing-bot-authentication";
import { turnLog } from "./turn-log";

/**
 * The Bot Framework edge. With MicrosoftAppId set, incoming activities must carry a valid Bot
 * Framework token; without it (local runs and tests) authentication is off, as in the Emulator.
 */
export class BatonAdapter extends CloudAdapter {
  /** Authenticates one parsed activity and runs the turn; throws when the sender cannot be verified. */
  handle(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/** `logger`: for a failed turn that has no turn logger of its own (see `turn-log.ts`). */
export function createAdapter(bot: BatonConfig["bot"], logger: Logger = silentLogger): BatonAdapter {
  const auth = new ReusingBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  });
  const adapter = new BatonAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    turnLog(context, logger).error({ err: error }, "turn failed");
    try {
      await context.sendActivity("Sorry, something went wrong on my side. Please try again in a moment.");
    } catch {
      // The channel may be unreachable; nothing more to do.
    }
  };
  return adapter;
}
