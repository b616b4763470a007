import {
  ActivityTypes,
  CardFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import { cutText, isMember } from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { Actor, Clock } from "../services/actor";
import type { ProactiveSender } from "./proactive-sender";
import { withinBudget } from "../cards/card-size";
import { activityIdentity } from "./activity-identity";
import { sendCorrelationId } from "../observability/correlation";
import { clientInfoOf } from "./client-info";
import { FeatureRouter } from "./feature-router";
import { helpText } from "./help-text";
import { messagingExtensionInvokes, type InvokeHandler } from "./messaging-extension-edge";
import {
  forgetChatMember,
  rememberChatMember,
  saveConversationReference,
  sharedScopeOf,
} from "./save-conversation-reference";
import { noteTurn, turnLog } from "./turn-log";
import type { BotFeature, BotTurn, CardActionResult, OutgoingMessage, TurnScope } from "./turn";

export const PRIVATE_ANSWER_NOTE = "I've answered you privately in our 1:1 chat.";
const PRIVATE_ANSWER_FAILED =
  "I couldn't reach you in our 1:1 chat. Open your chat with Baton and ask me there.";

/**
 * The botbuilder edge: it stores where to reach people, turns activities into `BotTurn`s, and hands
 * them to the features. Nothing here decides anything about mentoring.
 */
export class BatonBot extends TeamsActivityHandler {
  private readonly router: FeatureRouter;
  /** Invokes handled here by name (Baton's own and the messaging extension's); the rest go to botbuilder's dispatch. */
  private readonly invokes: Record<string, InvokeHandler>;

  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    features: readonly BotFeature[],
    /** Told who acted on every authenticated turn (the people directory). */
    private readonly onActor: (actor: Actor) => Promise<void> = async () => undefined,
    /** Answers to the person's 1:1 chat when a group chat or channel must not see them. */
    private readonly privateSender?: ProactiveSender,
  ) {
    super();
    this.router = new FeatureRouter(features);
    this.invokes = { ...this.ownInvokes, ...messagingExtensionInvokes(features) };

    this.onInstallationUpdateAdd(async (context, next) => {
      noteTurn(context, { handler: "install" });
      await this.remember(context);
      const turn = await this.turn(context);
      if (turn) {
        for (const feature of this.router.features) if (await feature.onInstall?.(turn)) break;
      }
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await this.remember(context);
      await this.members(context, context.activity.membersAdded ?? [], "added");
      await next();
    });

    this.onMembersRemoved(async (context, next) => {
      await this.members(context, context.activity.membersRemoved ?? [], "removed");
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.remember(context);
      const turn = await this.turn(context);
      const value = context.activity.value as Record<string, unknown> | undefined;
      if (!turn) {
        noteTurn(context, { handler: "no identity" });
        await context.sendActivity("I can only help people signed in to Microsoft Teams in an organisation.");
      } else if (value && typeof value.verb === "string") {
        // Action.Submit fallback of a card: same handlers as Action.Execute; the answer is a new message.
        const verb = value.verb;
        noteTurn(context, { handler: "card action", verb: this.knownVerb(verb) });
        await this.scoped(context, turn, verb, async (t) => {
          const result = await this.runAction(t, verb, value);
          await t.send("card" in result ? { card: result.card } : { text: result.message });
        });
      } else {
        const match = this.router.matchCommand(turn.text, originalText(context));
        // A card shared from the messaging extension (its text is only Teams' placeholder markup) needs no answer.
        const sharedCard =
          (context.activity.attachments ?? []).length > 0 && turn.text.replace(/<[^>]*>/g, "").trim() === "";
        if (sharedCard) {
          noteTurn(context, { handler: "shared card" });
        } else if (match) {
          noteTurn(context, { handler: "command", command: match.name });
          await this.scoped(context, turn, match.name, (t) => match.handler({ ...t, args: match.args }));
        } else if (turn.text === "") {
          noteTurn(context, { handler: "help" });
          await context.sendActivity(helpText(turn.conversationType));
        } else {
          noteTurn(context, { handler: "not understood" });
          await context.sendActivity(
            `I didn't understand "${cutText(turn.text, 60, "…")}". ${helpText(turn.conversationType)}`,
          );
        }
      }
      await next();
    });
  }

  /**
   * Every invoke gets a well-formed invoke response: Baton's own invokes from the table below, the
   * rest (e.g. messaging-extension `composeExtension/*`) through botbuilder's Teams dispatch; an
   * invoke nobody handles, or one that fails, is a 200 with an error body, never a 5xx or internals.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = context.activity.name ?? "";
    try {
      const own = Object.hasOwn(this.invokes, name) ? this.invokes[name] : undefined;
      const response = own ? await own(context) : await super.onInvokeActivity(context);
      return response && response.status < 500
        ? response
        : invokeError(400, "Baton does not handle this request.");
    } catch (error) {
      turnLog(context).error({ err: error }, "invoke failed");
      return invokeError(500, "That did not work. Please try again in a moment.");
    }
  }

  /** Baton's own invokes by name. Add a name here (a short function each) to handle a new invoke. */
  private readonly ownInvokes: Record<string, InvokeHandler> = {
    "adaptiveCard/action": (context) => this.cardAction(context),
    // Baton opens no task modules; a stray fetch or submit gets a message, not an error.
    "task/fetch": async () => ({ status: 200, body: { task: { type: "message", value: NO_TASKS } } }),
    "task/submit": async () => ({ status: 200, body: { task: { type: "message", value: NO_TASKS } } }),
  };

  /** Universal Actions (Action.Execute): the card pressed is replaced by the handler's card. */
  private async cardAction(context: TurnContext): Promise<InvokeResponse> {
    const action = (context.activity.value as { action?: unknown } | undefined)?.action as
      { type?: unknown; verb?: unknown; data?: unknown } | undefined;
    if (action?.type !== "Action.Execute" || typeof action.verb !== "string")
      return invokeError(400, "This card action is not valid.");
    await this.remember(context);
    const turn = await this.turn(context);
    if (!turn) return invokeError(401, "Sign in to Teams first.");
    const verb = action.verb;
    noteTurn(context, { handler: "card action", verb: this.knownVerb(verb) });
    const data = (typeof action.data === "object" && action.data !== null ? action.data : {}) as Record<
      string,
      unknown
    >;
    let result: CardActionResult;
    if (this.answersHere(turn, verb)) result = await this.runAction(turn, verb, data);
    else {
      const { failed } = await this.privately(context, turn, async (t) => {
        const answer = await this.runAction(t, verb, data);
        await t.send("card" in answer ? { card: answer.card } : { text: answer.message });
      });
      result = { message: failed ? PRIVATE_ANSWER_FAILED : PRIVATE_ANSWER_NOTE };
    }
    if ("card" in result) result = { ...result, card: withinBudget(result.card) };
    if ("card" in result && result.shared && turn.scope.kind === "pair" && context.activity.replyToId)
      // The pressed card is shared by the chat: replace it for everyone, not only for the presser.
      await context.updateActivity({
        id: context.activity.replyToId,
        type: ActivityTypes.Message,
        attachments: [CardFactory.adaptiveCard(result.card)],
      });
    const body: AdaptiveCardInvokeResponse =
      "card" in result
        ? { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: result.card }
        : {
            statusCode: 200,
            type: "application/vnd.microsoft.activity.message",
            value: result.message as never,
          };
    return { status: 200, body };
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

  /** A card verb as logged: a registered one by name, anything else (it comes from the client) not. */
  private knownVerb(verb: string): string {
    return this.router.action(verb) ? verb : "(unknown)";
  }

  /** In a 1:1 chat everything answers here; in a group chat or channel only what is declared for it. */
  private answersHere(turn: BotTurn, name: string): boolean {
    const mode = this.router.groupMode(name);
    return (
      turn.scope.kind === "personal" || mode === "anyone" || (mode === "pair" && turn.scope.kind === "pair")
    );
  }

  /**
   * Runs `run` where its answer may be seen: here when `answersHere`, otherwise in the actor's 1:1
   * chat (through the reliable sender), with a short note here.
   */
  private async scoped(
    context: TurnContext,
    turn: BotTurn,
    name: string,
    run: (turn: BotTurn) => Promise<void>,
  ): Promise<void> {
    if (this.answersHere(turn, name)) return run(turn);
    noteTurn(context, { answeredPrivately: true });
    const { sent, failed } = await this.privately(context, turn, run);
    if (failed) await context.sendActivity(PRIVATE_ANSWER_FAILED);
    else if (sent > 0) await context.sendActivity(PRIVATE_ANSWER_NOTE);
  }

  private async privately(
    context: TurnContext,
    turn: BotTurn,
    run: (turn: BotTurn) => Promise<void>,
  ): Promise<{ sent: number; failed: boolean }> {
    let sent = 0;
    let failed = false;
    const activityId = context.activity.id ?? this.clock.now().toISOString();
    await run({
      ...turn,
      conversationType: "personal",
      scope: { kind: "personal" },
      send: async (message) => {
        const idempotencyKey = `private-answer:${turn.conversationId}:${activityId}:${sent++}`;
        const outcome = await this.privateSender?.send({
          tenantId: turn.actor.tenantId,
          userId: turn.actor.userId,
          message,
          idempotencyKey,
        });
        // Ties this turn's correlation id to the send's (its `send` line is keyed by the latter).
        turnLog(context).info(
          { sendCorrelationId: sendCorrelationId(idempotencyKey), outcome: outcome ?? "no sender" },
          "private answer",
        );
        if (outcome !== "sent" && outcome !== "duplicate") failed = true;
      },
    });
    return { sent, failed };
  }

  /** A group chat or channel is scoped to the pair linked to it, if the actor is in that pair. */
  private async scopeOf(
    tenantId: string,
    userId: string,
    type: string | undefined,
    conversationId: string,
  ): Promise<TurnScope> {
    if (type !== "groupChat" && type !== "channel") return { kind: "personal" };
    // A channel thread's id carries `;messageid=...`; the link is to the chat or channel itself.
    const chatId = conversationId.split(";")[0] ?? conversationId;
    const link = await this.repos.tenants.getChatLink(tenantId, chatId);
    const pair = link ? await this.repos.pairs.getPair(tenantId, link.pairId) : undefined;
    if (!pair || !isMember(pair, userId)) return { kind: "unlinked" };
    return { kind: "pair", pairId: pair.pairId, memberIds: pair.members.map((m) => m.userId) };
  }

  private async turn(context: TurnContext): Promise<BotTurn | undefined> {
    const { tenantId, userId, displayName } = activityIdentity(context.activity);
    if (!tenantId || !userId) return undefined;
    const type = context.activity.conversation.conversationType;
    const scope = await this.scopeOf(tenantId, userId, type, context.activity.conversation.id);
    return {
      actor: { tenantId, userId, displayName },
      conversationId: context.activity.conversation.id,
      conversationType: type === "groupChat" ? "groupChat" : type === "channel" ? "channel" : "personal",
      scope,
      text: normalise(originalText(context)),
      args: "",
      client: clientInfoOf(context.activity),
      send: async (message: OutgoingMessage) => {
        await context.sendActivity({
          type: ActivityTypes.Message,
          ...(message.text ? { text: message.text } : {}),
          ...(message.card ? { attachments: [CardFactory.adaptiveCard(withinBudget(message.card))] } : {}),
        });
      },
    };
  }

  /** People added to or removed from a group chat or channel Baton is in (for the owner's share list). */
  private async members(
    context: TurnContext,
    changed: readonly { id: string; aadObjectId?: string }[],
    change: "added" | "removed",
  ): Promise<void> {
    const scope = sharedScopeOf(context.activity.conversation.conversationType);
    const { tenantId } = activityIdentity(context.activity);
    if (!scope || !tenantId) return;
    const conversationId = context.activity.conversation.id;
    const now = this.clock.now().toISOString();
    for (const m of changed) {
      const userId = m.aadObjectId;
      if (!userId || m.id === context.activity.recipient.id || !/^[A-Za-z0-9._-]{1,128}$/.test(userId))
        continue;
      if (change === "added")
        await rememberChatMember(this.repos, { tenantId, userId, conversationId, scope }, now);
      else await forgetChatMember(this.repos, { tenantId, userId, conversationId });
    }
  }

  private async remember(context: TurnContext): Promise<void> {
    await saveConversationReference(this.repos, context.activity, this.clock.now().toISOString());
    const { tenantId, userId, displayName } = activityIdentity(context.activity);
    if (tenantId && userId)
      await this.onActor({ tenantId, userId, displayName }).catch((error: unknown) =>
        turnLog(context).warn({ err: error }, "could not record a person in the directory"),
      );
  }
}

function originalText(context: TurnContext): string {
  return (context.activity.text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

const normalise = (text: string) => text.toLowerCase();

const NO_TASKS =
  "Baton has no dialog to open here. Type **help** in your chat with Baton to see what it can do.";

const ERROR_CODES: Record<number, string> = { 400: "BadRequest", 401: "Unauthorized", 500: "InternalError" };

/** An invoke answered with an error body (HTTP 200, as Teams expects): a code and a message to show. */
function invokeError(statusCode: 400 | 401 | 500, message: string): InvokeResponse {
  return {
    status: 200,
    body: {
      statusCode,
      type: "application/vnd.microsoft.error",
      value: { code: ERROR_CODES[statusCode], message },
    },
  };
}
