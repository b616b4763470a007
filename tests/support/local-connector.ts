import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface CapturedActivity {
  conversationId: string;
  replyToId?: string;
  /** A PUT: the bot replaced this activity (`updateActivity`), e.g. a card refreshed for everyone. */
  updates?: string;
  activity: Record<string, any>;
}

/**
 * A stand-in for the Teams channel service: the bot's replies are POSTed to
 * `{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]` (PUT: an update) and captured here.
 */
export async function startLocalConnector(): Promise<{
  serviceUrl: string;
  received: CapturedActivity[];
  /** While holding, requests get no answer (a hung Teams); releasing drops the held ones. */
  hold(on: boolean): void;
  /** How many requests are held. */
  heldCount(): number;
  /** Answers the oldest held request normally (a slow Teams that finally answers). */
  answerOne(): void;
  close(): Promise<void>;
}> {
  const received: CapturedActivity[] = [];
  const held: ServerResponse[] = [];
  const answers = new Map<ServerResponse, () => void>();
  let holding = false;
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (holding) {
        held.push(res);
        answers.set(res, () => answer());
        return;
      }
      answer();
    });
    const answer = () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? "");
      if (req.method === "POST" && match) {
        const activity = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        received.push({
          conversationId: decodeURIComponent(match[1] as string),
          ...(match[2] ? { replyToId: decodeURIComponent(match[2]) } : {}),
          activity,
        });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ id: `reply-${++counter}` }));
        return;
      }
      if (req.method === "PUT" && match?.[2]) {
        const activity = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        received.push({
          conversationId: decodeURIComponent(match[1] as string),
          updates: decodeURIComponent(match[2]),
          activity,
        });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ id: decodeURIComponent(match[2]) }));
        return;
      }
      res.writeHead(404).end();
    };
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received,
    hold: (on) => {
      holding = on;
      if (!on) for (const res of held.splice(0)) res.socket?.destroy();
    },
    heldCount: () => held.length,
    answerOne: () => {
      const res = held.shift();
      if (res) answers.get(res)?.();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held.splice(0)) res.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
