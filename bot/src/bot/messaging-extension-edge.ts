import type { InvokeResponse, TurnContext } from "botbuilder";
import { DomainError } from "@baton/shared";
import { activityIdentity } from "./activity-identity";
import { clientInfoOf } from "./client-info";
import { turnLog } from "./turn-log";
import type { BotFeature, MeAnswer, MeHandler, MeTurn, MessagingExtensionHandlers } from "./turn";

/** An invoke handler of the edge: the activity in, Teams' HTTP answer out (always 200 with a body). */
export type InvokeHandler = (context: TurnContext) => Promise<InvokeResponse>;

const ADAPTIVE = "application/vnd.microsoft.card.adaptive";
const THUMBNAIL = "application/vnd.microsoft.card.thumbnail";

/** Teams' body for one of our answers. */
export function meBody(answer: MeAnswer): unknown {
  switch (answer.kind) {
    case "results":
      return {
        composeExtension: {
          type: "result",
          attachmentLayout: "list",
          attachments: answer.items.map((item) => ({
            contentType: ADAPTIVE,
            content: item.card,
            preview: { contentType: THUMBNAIL, content: item.preview },
          })),
        },
      };
    case "message":
      return { composeExtension: { type: "message", text: answer.text } };
    case "dialog":
      return {
        task: {
          type: "continue",
          value: { title: answer.title, card: { contentType: ADAPTIVE, content: answer.card } },
        },
      };
    case "dialog-message":
      return { task: { type: "message", value: answer.text } };
  }
}

interface InvokeValue {
  commandId?: unknown;
  parameters?: { name?: unknown; value?: unknown }[];
  messagePayload?: { body?: { content?: unknown }; from?: { user?: { displayName?: unknown } } };
  data?: unknown;
  url?: unknown;
}

function meTurn(context: TurnContext): MeTurn | undefined {
  const { tenantId, userId, displayName } = activityIdentity(context.activity);
  if (!tenantId || !userId) return undefined;
  const value = (context.activity.value ?? {}) as InvokeValue;
  const parameters: Record<string, string> = {};
  let initialRun = false;
  for (const p of Array.isArray(value.parameters) ? value.parameters : []) {
    if (typeof p?.name !== "string") continue;
    if (p.name === "initialRun") initialRun = String(p.value) === "true";
    else parameters[p.name] = typeof p.value === "string" ? p.value.slice(0, 200) : "";
  }
  const payload = value.messagePayload;
  return {
    actor: { tenantId, userId, displayName },
    conversationId: context.activity.conversation?.id ?? "",
    commandId: typeof value.commandId === "string" ? value.commandId : "",
    client: clientInfoOf(context.activity),
    parameters,
    initialRun,
    ...(payload
      ? {
          message: {
            html: typeof payload.body?.content === "string" ? payload.body.content.slice(0, 28_000) : "",
            authorName:
              typeof payload.from?.user?.displayName === "string" ? payload.from.user.displayName : "",
          },
        }
      : {}),
    ...(value.data && typeof value.data === "object" ? { data: value.data as Record<string, unknown> } : {}),
    ...(typeof value.url === "string" ? { url: value.url } : {}),
  };
}

const UNKNOWN_COMMAND =
  "Baton doesn't know this command. Try Find a mentor, Find a resource, My action items or Add as action item.";
const FAILED = "Sorry, something went wrong on my side. Please try again in a moment.";

/**
 * The composeExtension/* invokes as a table: each turns the activity into an `MeTurn`, runs the
 * feature's handler for the command id, and answers 200 with a well-formed body, whatever happens
 * (an unknown command or a failure is a friendly message, never a 5xx).
 */
export function messagingExtensionInvokes(features: readonly BotFeature[]): Record<string, InvokeHandler> {
  const merged: Required<Omit<MessagingExtensionHandlers, "queryLink">> & { queryLink?: MeHandler } = {
    query: {},
    fetchTask: {},
    submitAction: {},
  };
  for (const f of features) {
    const me = f.messagingExtension;
    if (!me) continue;
    Object.assign(merged.query, me.query);
    Object.assign(merged.fetchTask, me.fetchTask);
    Object.assign(merged.submitAction, me.submitAction);
    if (me.queryLink) merged.queryLink = me.queryLink;
  }
  const dialog = (text: string): MeAnswer => ({ kind: "dialog-message", text });
  const search = (text: string): MeAnswer => ({ kind: "message", text });
  const run =
    (pick: (turn: MeTurn) => MeHandler | undefined, say: (text: string) => MeAnswer): InvokeHandler =>
    async (context) => {
      const turn = meTurn(context);
      let answer: MeAnswer;
      if (!turn) answer = say("Baton works for people signed in to Microsoft Teams in an organisation.");
      else {
        const handler = pick(turn);
        try {
          answer = handler ? await handler(turn) : say(UNKNOWN_COMMAND);
        } catch (error) {
          if (error instanceof DomainError) answer = say(error.message);
          else {
            turnLog(context).error({ err: error, commandId: turn.commandId }, "messaging extension failed");
            answer = say(FAILED);
          }
        }
      }
      return { status: 200, body: meBody(answer) };
    };
  return {
    "composeExtension/query": run(
      (t) => (Object.hasOwn(merged.query, t.commandId) ? merged.query[t.commandId] : undefined),
      search,
    ),
    "composeExtension/fetchTask": run(
      (t) => (Object.hasOwn(merged.fetchTask, t.commandId) ? merged.fetchTask[t.commandId] : undefined),
      dialog,
    ),
    "composeExtension/submitAction": run(
      (t) => (Object.hasOwn(merged.submitAction, t.commandId) ? merged.submitAction[t.commandId] : undefined),
      dialog,
    ),
    "composeExtension/queryLink": run(() => merged.queryLink, search),
  };
}
