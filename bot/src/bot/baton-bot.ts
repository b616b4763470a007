import {
  ActivityTypes,
  CardFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from "botbuilder";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import { activityIdentity } from "./activity-identity";
import { FeatureRouter } from "./feature-router";
import { helpText } from "./help-text";
import { saveConversationReference } from "./save-conversation-reference";
import type { BotFeature, BotTurn, CardActionResult, OutgoingMessage } from "./turn";

/**
 * The botbuilder edge: it stores where to reach people, turns activities into `BotTurn`s, and hands
 * them to the features. Nothing here decides anything about mentoring.
 */
export class BatonBot extends TeamsActivityHandler {
  private readonly router: FeatureRouter;

  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    features: readonly BotFeature[],
  ) {
    super();
    this.router = new FeatureRouter(features);

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context);
      const turn = this.turn(context);
      if (turn) {
        for (const feature of this.router.features) if (await feature.onInstall?.(turn)) break;
      }
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await this.remember(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.remember(context);
      const turn = this.turn(context);
      const value = context.activity.value as Record<string, unknown> | undefined;
      if (!turn) {
        await context.sendActivity("I can only help people signed in to Microsoft Teams in an organisation.");
      } else if (value && typeof value.verb === "string") {
        // Action.Submit fallback of a card: same handlers as Action.Execute; the answer is a new message.
        const result = await this.runAction(turn, value.verb, value);
        await turn.send("card" in result ? { card: result.card } : { text: result.message });
      } else {
        const match = this.router.matchCommand(turn.text, originalText(context));
        if (match) await match.handler({ ...turn, args: match.args });
        else if (turn.text === "") await context.sendActivity(helpText(turn.conversationType));
        else
          await context.sendActivity(
            `I didn't understand "${turn.text.slice(0, 60)}". ${helpText(turn.conversationType)}`,
          );
      }
      await next();
    });
  }

  /** Universal Actions (Action.Execute): the card pressed is replaced by the handler's card. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    await this.remember(context);
    const turn = this.turn(context);
    const verb = invokeValue.action?.verb ?? "";
    if (!turn)
      return {
        statusCode: 401,
        type: "application/vnd.microsoft.error",
        value: { code: "Unauthorized", message: "Sign in to Teams first." },
      };
    const data = (invokeValue.action?.data ?? {}) as Record<string, unknown>;
    const result = await this.runAction(turn, verb, data);
    if ("card" in result)
      return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: result.card };
    return {
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: result.message as never,
    };
  }

  private async runAction(
    turn: BotTurn,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<CardActionResult> {
    const handler = this.router.action(verb);
    if (!handler) return { message: "That button is no longer active. Type **help** to see what I can do." };
    return handler({ ...turn, verb, data });
  }

  private turn(context: TurnContext): BotTurn | undefined {
    const { tenantId, userId, displayName } = activityIdentity(context.activity);
    if (!tenantId || !userId) return undefined;
    const type = context.activity.conversation.conversationType;
    return {
      actor: { tenantId, userId, displayName },
      conversationId: context.activity.conversation.id,
      conversationType: type === "groupChat" ? "groupChat" : type === "channel" ? "channel" : "personal",
      text: normalise(originalText(context)),
      args: "",
      send: async (message: OutgoingMessage) => {
        await context.sendActivity({
          type: ActivityTypes.Message,
          ...(message.text ? { text: message.text } : {}),
          ...(message.card ? { attachments: [CardFactory.adaptiveCard(message.card)] } : {}),
        });
      },
    };
  }

  private remember(context: TurnContext): Promise<void> {
    return saveConversationReference(this.repos, context.activity, this.clock.now().toISOString());
  }
}

function originalText(context: TurnContext): string {
  return (context.activity.text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

const normalise = (text: string) => text.toLowerCase();
