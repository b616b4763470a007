import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Delivered {
  conversationId: string;
  tenantId: string;
  activity: Record<string, any>;
  at: number;
}

export interface TeamsConnectorOptions {
  /** Per conversation: about 7 messages a second in Teams. */
  perConversation?: { limit: number; windowMs: number };
  /** Per app per tenant: 50 requests a second. */
  perTenant?: { limit: number; windowMs: number };
  /** Seconds sent in Retry-After with a 429. */
  retryAfterSeconds?: number;
}

/**
 * A Teams-like channel service for tests and the benchmark: it enforces the rate limits with 429 +
 * Retry-After, answers 403 for blocked conversations, can refuse the first N posts to a conversation,
 * creates 1:1 chats (POST /v3/conversations), and can hold requests (to simulate a crash mid-send).
 */
export async function startTeamsConnector(options: TeamsConnectorOptions = {}) {
  const perConversation = options.perConversation ?? { limit: 7, windowMs: 1000 };
  const perTenant = options.perTenant ?? { limit: 50, windowMs: 1000 };
  const retryAfter = options.retryAfterSeconds ?? 1;
  const delivered: Delivered[] = [];
  const created: { conversationId: string; memberId: string; tenantId: string }[] = [];
  const forbidden = new Map<string, string>();
  const failing = new Map<string, number>();
  let down = false;
  const gone = new Set<string>();
  const refuse = new Map<string, number>();
  const windows = new Map<string, number[]>();
  const held: ServerResponse[] = [];
  const counts = { throttled: 0, forbidden: 0, requests: 0, serverErrors: 0 };
  let holdAfter = Infinity;

  const within = (key: string, rule: { limit: number; windowMs: number }, now: number) => {
    const times = (windows.get(key) ?? []).filter((t) => t > now - rule.windowMs);
    windows.set(key, times);
    return times.length < rule.limit;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    counts.requests++;
    const url = req.url ?? "";
    if (req.method === "POST" && /^\/v3\/conversations\/?$/.test(url)) {
      const params = JSON.parse(body || "{}");
      const memberId = String(params.members?.[0]?.id ?? "");
      const tenantId = String(params.tenantId ?? params.channelData?.tenant?.id ?? "");
      const conversationId = `a:created-${memberId}`;
      created.push({ conversationId, memberId, tenantId });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: conversationId }));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(url);
    if (req.method !== "POST" || !match) {
      res.writeHead(404).end();
      return;
    }
    const conversationId = decodeURIComponent(match[1] as string);
    const activity = JSON.parse(body || "{}");
    const tenantId = String(activity.conversation?.tenantId ?? activity.channelData?.tenant?.id ?? "tenant");
    if (delivered.length >= holdAfter) {
      held.push(res);
      return;
    }
    if (gone.has(conversationId)) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ error: { code: "ConversationNotFound", message: "Conversation not found." } }),
      );
      return;
    }
    if (forbidden.has(conversationId)) {
      counts.forbidden++;
      res.writeHead(403, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: forbidden.get(conversationId), message: "Forbidden." } }));
      return;
    }
    const failures = failing.get(conversationId) ?? 0;
    if (down || failures > 0) {
      if (failures > 0) failing.set(conversationId, failures - 1);
      counts.serverErrors++;
      res.writeHead(503, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "ServiceUnavailable", message: "Try later." } }));
      return;
    }
    const refusals = refuse.get(conversationId) ?? 0;
    const now = performance.now();
    if (
      refusals > 0 ||
      !within(`c:${conversationId}`, perConversation, now) ||
      !within(`t:${tenantId}`, perTenant, now)
    ) {
      if (refusals > 0) refuse.set(conversationId, refusals - 1);
      counts.throttled++;
      res.writeHead(429, { "content-type": "application/json", "retry-after": String(retryAfter) });
      res.end(JSON.stringify({ error: { code: "TooManyRequests", message: "Slow down." } }));
      return;
    }
    windows.get(`c:${conversationId}`)?.push(now);
    windows.get(`t:${tenantId}`)?.push(now);
    delivered.push({ conversationId, tenantId, activity, at: now });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: `msg-${delivered.length}` }));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handle(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    delivered,
    created,
    counts,
    /** Answer 404 (the conversation no longer exists) for this conversation: a refusal for good. */
    lose: (conversationId: string) => gone.add(conversationId),
    /** Answer 403 with this code for this conversation (by default: the person blocked the bot). */
    block: (conversationId: string, code = "ConversationBlockedByUser") =>
      forbidden.set(conversationId, code),
    unblock: (conversationId: string) => forbidden.delete(conversationId),
    /** Answer 503 to the next `times` posts to this conversation. */
    fail: (conversationId: string, times: number) => failing.set(conversationId, times),
    /** Answer 503 to every post while down. */
    setDown: (value: boolean) => {
      down = value;
    },
    /** Answer 429 to the next `times` posts to this conversation. */
    refuse: (conversationId: string, times: number) => refuse.set(conversationId, times),
    /** Hold every request once `n` messages were delivered (not answered, not delivered). */
    holdAfter: (n: number) => {
      holdAfter = n;
    },
    heldCount: () => held.length,
    /** Drops the held requests without delivering them, and accepts again. */
    dropHeld: () => {
      holdAfter = Infinity;
      for (const res of held.splice(0)) res.socket?.destroy();
    },
    /** Messages per conversation. */
    perConversation: () => {
      const m = new Map<string, Delivered[]>();
      for (const d of delivered) m.set(d.conversationId, [...(m.get(d.conversationId) ?? []), d]);
      return m;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held.splice(0)) res.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TeamsConnector = Awaited<ReturnType<typeof startTeamsConnector>>;
