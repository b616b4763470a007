import { TeamsActivityHandler, type TurnContext } from "botbuilder";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { activityIdentity } from "./activity-identity";
import { greetingText, helpText } from "./help-text";
import { saveConversationReference } from "./save-conversation-reference";

/** A thin handler: it stores where to reach people, greets them, and hands commands to the domain. */
export class BatonBot extends TeamsActivityHandler {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {
    super();

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context);
      await context.sendActivity(greetingText(activityIdentity(context.activity).displayName));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      const added = context.activity.membersAdded ?? [];
      if (added.some((m) => m.id === botId)) await this.remember(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.remember(context);
      const text = normalise(context);
      if (text === "help" || text === "") {
        await context.sendActivity(helpText());
      } else {
        await context.sendActivity(`I didn't understand "${text.slice(0, 60)}". ${helpText()}`);
      }
      await next();
    });
  }

  private remember(context: TurnContext): Promise<void> {
    return saveConversationReference(this.repos, context.activity, this.clock.now().toISOString());
  }
}

/** The message text without the bot's @mention, trimmed and lower-cased. */
function normalise(context: TurnContext): string {
  const stripped = context.activity.text ? context.activity.text.replace(/<at>[^<]*<\/at>/gi, "") : "";
  return stripped.replace(/\s+/g, " ").trim().toLowerCase();
}
