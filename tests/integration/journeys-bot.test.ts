import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postActivity, teamsActivity } from "../support/activities";
import { botClient, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

/** Issue 12, items 8 and 10: every surface shows only what applies to the reader, in their words. */
const TENANT = "contoso-demo";
let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

/** Text blocks of a card, with their colour. */
function blocks(card: Card): { text: string; color?: string }[] {
  const out: { text: string; color?: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const n = node as Record<string, unknown>;
      if (n.type === "TextBlock" && typeof n.text === "string")
        out.push({ text: n.text, ...(typeof n.color === "string" ? { color: n.color } : {}) });
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe("the bot shows only what applies to the reader", () => {
  it("lists only group-chat commands when asked for help in a pair's group chat", async () => {
    const before = connector.received.length;
    const status = await postActivity(
      server.url,
      teamsActivity(connector.serviceUrl, {
        type: "message",
        text: "help",
        conversation: { id: "19:pair-chat@thread.v2", conversationType: "groupChat", tenantId: TENANT },
      }),
    );
    expect(status).toBe(200);
    const text = connector.received
      .slice(before)
      .map((r) => String(r.activity.text ?? ""))
      .join("\n");
    expect(text).toMatch(/\*\*my actions\*\*/);
    expect(text).toMatch(/\*\*log a session\*\*/);
    for (const personal of ["join", "profile", "pause", "resume", "leave"])
      expect(text).not.toContain(`**${personal}**`);
    expect(text).toMatch(/private chat/);
    const personalHelp = await botClient(() => server.url, connector, {
      tenantId: TENANT,
      userId: "u-priya",
      name: "Priya Raman",
    }).say("help");
    expect(String(personalHelp[0]?.text)).toContain("**pause**");
  });

  it("answers `join` from someone already in as news, not in the attention colour", async () => {
    const priya = botClient(() => server.url, connector, {
      tenantId: TENANT,
      userId: "u-priya",
      name: "Priya Raman",
    });
    const replies = await priya.say("join");
    const card = replies.flatMap((r) => r.attachments ?? []).map((a: { content: Card }) => a.content)[0];
    if (!card) throw new Error("no card");
    assertValidAdaptiveCard(card);
    const notice = blocks(card).find((b) => b.text.startsWith("You're already in"));
    expect(notice).toBeDefined();
    expect(notice?.color).not.toBe("attention");
  });
});

describe("after leaving, the tab offers a way back", () => {
  it("rejoins with the same profile through the API; only someone who left can", async () => {
    const tom = await server.signIn("u-tom");
    expect((await server.call(tom, "POST", "/api/me/rejoin", {})).body.error.field).toBe("status");
    const left = await server.call(tom, "POST", "/api/me/leave", {});
    expect(left.body.status).toBe("left");
    expect(left.body.message).toMatch(/Rejoin/);
    const back = await server.call(tom, "POST", "/api/me/rejoin", {});
    expect(back.status).toBe(200);
    expect(back.body.status).toBe("active");
    const profile = await server.call(tom, "GET", "/api/me/profile");
    expect(profile.body.profile.status).toBe("active");
  });
});
