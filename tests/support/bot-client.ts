import { postActivity, teamsActivity } from "./activities";
import type { startLocalConnector } from "./local-connector";

export type Card = Record<string, any>;
type Connector = Awaited<ReturnType<typeof startLocalConnector>>;
export interface Who {
  tenantId: string;
  userId: string;
  name: string;
}

/** Talks to the bot over HTTP as one person, like Teams would; remembers every card it got. */
export function botClient(botUrl: () => string, connector: Connector, who: Who) {
  const cards: Card[] = [];
  const timings: { what: string; ms: number }[] = [];
  const timed = async <T>(what: string, run: () => Promise<T>) => {
    const start = performance.now();
    const result = await run();
    timings.push({ what, ms: performance.now() - start });
    return result;
  };
  /** The replies (text or card) the bot sent to the channel for one activity. */
  const send = async (activity: Record<string, unknown>) => {
    const before = connector.received.length;
    const status = await postActivity(botUrl(), activity);
    if (status !== 200) throw new Error(`bot answered ${status}`);
    const replies = connector.received.slice(before).map((r) => r.activity);
    for (const r of replies) for (const a of r.attachments ?? []) cards.push(a.content);
    return replies;
  };
  return {
    cards,
    timings,
    install: () =>
      timed("install", () =>
        send(teamsActivity(connector.serviceUrl, { type: "installationUpdate", action: "add" }, who)),
      ),
    say: (text: string) =>
      timed(`say ${text}`, () => send(teamsActivity(connector.serviceUrl, { type: "message", text }, who))),
    /** The Action.Submit fallback: a message whose value carries the verb. */
    submit: (data: Record<string, unknown>) =>
      timed(`submit ${String(data.verb)}`, () =>
        send(teamsActivity(connector.serviceUrl, { type: "message", value: data }, who)),
      ),
    /** Action.Execute: the card in the invoke response replaces the pressed one. */
    async execute(
      verb: string,
      data: Record<string, unknown> = {},
      label = verb,
    ): Promise<{ card?: Card; message?: string }> {
      return timed(label, async () => {
        const res = await fetch(`${botUrl()}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(
            teamsActivity(
              connector.serviceUrl,
              {
                type: "invoke",
                name: "adaptiveCard/action",
                value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
              },
              who,
            ),
          ),
        });
        const body = (await res.json()) as { statusCode: number; type: string; value: unknown };
        if (body.type === "application/vnd.microsoft.card.adaptive") {
          cards.push(body.value as Card);
          return { card: body.value as Card };
        }
        return { message: String(body.value) };
      });
    },
  };
}

/** Every object in a card, depth first. */
export function walk(node: unknown, out: Record<string, any>[] = []): Record<string, any>[] {
  if (Array.isArray(node)) for (const n of node) walk(n, out);
  else if (node && typeof node === "object") {
    out.push(node as Record<string, any>);
    for (const v of Object.values(node)) walk(v, out);
  }
  return out;
}

export const inputOf = (card: Card, id: string) =>
  walk(card).find((n) => typeof n.type === "string" && n.type.startsWith("Input.") && n.id === id);
export const texts = (card: Card) =>
  walk(card)
    .filter((n) => n.type === "TextBlock")
    .map((n) => String(n.text));
/** The problem shown right under an input, if any. */
export function problemUnder(card: Card, id: string): string | undefined {
  for (const n of walk(card)) {
    const items: any[] | undefined = n.items ?? n.body;
    if (!Array.isArray(items)) continue;
    const i = items.findIndex((x) => x?.id === id);
    if (i >= 0) {
      const next = items[i + 1];
      return next?.type === "TextBlock" && next.color === "attention" ? String(next.text) : undefined;
    }
  }
  return undefined;
}
/** The data of the card's action with this verb. */
export const actionData = (card: Card, verb: string) =>
  walk(card).find((n) => n.type === "Action.Execute" && n.verb === verb)?.data;
