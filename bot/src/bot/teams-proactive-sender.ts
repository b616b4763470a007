import {
  ActivityTypes,
  CardFactory,
  TurnContext,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from "botbuilder";
import { parseRetryAfter } from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Clock } from "../services/actor";
import {
  ChannelError,
  type Delivery,
  type ProactiveChannel,
  type ProactiveTarget,
} from "../rhythm/proactive-channel";
import { ReliableSender, type ReliableSenderOptions } from "../rhythm/reliable-sender";
import { withinBudget } from "../cards/card-size";
import type { OutgoingMessage } from "./turn";

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  details?: { error?: { code?: unknown } };
  response?: { bodyAsText?: string; headers?: { get?(name: string): string | undefined } };
}

/** The `error.code` of Teams' answer (e.g. `ConversationBlockedByUser`), wherever the SDK put it. */
function errorCode(e: RestErrorLike): string | undefined {
  if (typeof e.details?.error?.code === "string") return e.details.error.code;
  try {
    const body = JSON.parse(e.response?.bodyAsText ?? "") as { error?: { code?: unknown } };
    if (typeof body.error?.code === "string") return body.error.code;
  } catch {
    // Not JSON.
  }
  return undefined;
}

/** botbuilder's RestError (or a socket error) as our ChannelError. */
function toChannelError(error: unknown): ChannelError {
  const e = error as RestErrorLike;
  const status = typeof e.statusCode === "number" ? e.statusCode : 0;
  const retryAfter = parseRetryAfter(e.response?.headers?.get?.("retry-after"), Date.now());
  return new ChannelError(status, retryAfter, errorCode(e));
}

/**
 * Our own retries decide; botbuilder's HTTP pipeline would otherwise retry 429/5xx itself (and
 * sleep through Retry-After unseen). The connector client is made per turn, so this touches only it.
 */
function withoutSdkRetries(context: TurnContext): void {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as
    { client?: { pipeline?: { removePolicy(options: { name: string }): unknown } } } | undefined;
  client?.client?.pipeline?.removePolicy({ name: "defaultRetryPolicy" });
}

function toActivity(message: OutgoingMessage) {
  return {
    type: ActivityTypes.Message,
    ...(message.text ? { text: message.text } : {}),
    ...(message.card ? { attachments: [CardFactory.adaptiveCard(withinBudget(message.card))] } : {}),
  };
}

/** Proactive delivery with botbuilder: `continueConversationAsync`, or `createConversationAsync` for a new 1:1 chat. */
export class TeamsChannel implements ProactiveChannel {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  async deliver(target: ProactiveTarget, message: OutgoingMessage): Promise<Delivery> {
    let result: Delivery = {};
    // A failure inside the turn is kept and thrown afterwards: thrown inside, it would reach the
    // adapter's onTurnError, which apologises into the chat instead of letting us retry.
    let failure: unknown;
    const attempt = async (send: () => Promise<void>) => {
      try {
        await send();
      } catch (error) {
        failure = error;
      }
    };
    try {
      if (target.kind === "reference") {
        await this.adapter.continueConversationAsync(
          this.appId,
          target.reference as Partial<ConversationReference>,
          (context) =>
            attempt(async () => {
              withoutSdkRetries(context);
              const sent = await context.sendActivity(toActivity(message));
              result = { ...(sent?.id ? { activityId: sent.id } : {}) };
            }),
        );
      } else {
        const parameters = {
          isGroup: false,
          bot: target.bot,
          members: [{ id: target.userId, aadObjectId: target.userId }],
          tenantId: target.tenantId,
          channelData: { tenant: { id: target.tenantId } },
        } as unknown as ConversationParameters;
        await this.adapter.createConversationAsync(
          this.appId,
          target.channelId,
          target.serviceUrl,
          "",
          parameters,
          (context) =>
            attempt(async () => {
              withoutSdkRetries(context);
              const reference = TurnContext.getConversationReference(context.activity);
              const stored = JSON.parse(
                JSON.stringify({ ...reference, user: { id: target.userId, aadObjectId: target.userId } }),
              ) as Record<string, unknown>;
              const sent = await context.sendActivity(toActivity(message));
              result = {
                ...(sent?.id ? { activityId: sent.id } : {}),
                reference: stored,
                conversationId: context.activity.conversation.id,
              };
            }),
        );
      }
    } catch (error) {
      throw toChannelError(error);
    }
    if (failure !== undefined) throw toChannelError(failure);
    return result;
  }
}

/** The sender the rest of Baton uses (reminders now, introductions later). */
export function createTeamsProactiveSender(
  adapter: CloudAdapter,
  appId: string,
  repos: Repositories,
  clock: Clock,
  options: Partial<ReliableSenderOptions> = {},
): ReliableSender {
  return new ReliableSender(repos, new TeamsChannel(adapter, appId), {
    owner: options.owner ?? `instance-${crypto.randomUUID().slice(0, 8)}`,
    clock,
    ...options,
  });
}
