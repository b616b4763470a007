import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postActivity, teamsActivity } from "../support/activities";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
  // Priya installs Baton: her personal conversation reference points at the real connector.
  await postActivity(
    server.url,
    teamsActivity(connector.serviceUrl, { type: "installationUpdate", action: "add" }),
  );
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

const priyaRef = () =>
  server.repos.people.getConversationReference("contoso-demo", "u-priya", "a:personal-u-priya");
const repliesAfter = async (activity: Record<string, unknown>) => {
  const before = connector.received.length;
  const status = await postActivity(server.url, activity);
  return { status, replies: connector.received.slice(before).map((r) => r.activity) };
};

describe("the bot edge takes no identity on trust", () => {
  it("refuses an activity from any channel but msteams, without answering or storing anything", async () => {
    const webchat = teamsActivity(connector.serviceUrl, {
      type: "message",
      text: "my actions",
      channelId: "webchat",
      from: { id: "u-priya", name: "Priya Raman" },
      conversation: { id: "webchat-1", tenantId: "contoso-demo" },
    });
    const { status, replies } = await repliesAfter(webchat);
    expect(status).toBe(400);
    expect(replies).toEqual([]);
    const stored = await server.cosmos.container.items
      .query({ query: "SELECT c.id FROM c WHERE c.conversationId = 'webchat-1'" })
      .fetchAll();
    expect(stored.resources).toEqual([]);
  });

  it("a Teams activity without from.aadObjectId gets a polite answer and none of the person's data", async () => {
    const { status, replies } = await repliesAfter(
      teamsActivity(connector.serviceUrl, {
        type: "message",
        text: "my actions",
        from: { id: "u-priya", name: "Priya Raman" },
      }),
    );
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies)).toMatch(/signed in to Microsoft Teams/);
    expect(JSON.stringify(replies)).not.toMatch(/attachments.*action/i);
  });

  it("a tenant id carrying the key separator cannot overwrite someone's conversation reference", async () => {
    const forged = teamsActivity("http://127.0.0.1:9/evil", {
      type: "message",
      text: "help",
      conversation: {
        id: "a:personal-u-priya",
        conversationType: "groupChat",
        tenantId: "contoso-demo|user:u-priya",
      },
      channelData: { tenant: { id: "contoso-demo|user:u-priya" } },
    });
    const { status } = await repliesAfter(forged);
    expect(status).toBe(400);
    expect((await priyaRef())?.reference).toMatchObject({ serviceUrl: connector.serviceUrl });
    const personal = await server.repos.rhythm.personalReference("contoso-demo", "u-priya");
    expect(personal?.reference).toMatchObject({ serviceUrl: connector.serviceUrl });
  });

  for (const [field, patch] of [
    ["from.aadObjectId", { from: { id: "29:x", aadObjectId: "u-priya|pair:oskar-priya", name: "X" } }],
    ["from.aadObjectId", { from: { id: "29:x", aadObjectId: "u-priya/../x", name: "X" } }],
    ["conversation.tenantId", { conversation: { id: "c-1", conversationType: "personal", tenantId: "a#b" } }],
    [
      "conversation.tenantId",
      { conversation: { id: "c-1", conversationType: "personal", tenantId: "_baton" } },
    ],
  ] as const)
    it(`refuses a malformed ${field} (${JSON.stringify(patch).slice(0, 60)}) with a 400 naming it`, async () => {
      const res = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(
          teamsActivity(connector.serviceUrl, { type: "message", text: "help", ...patch }),
        ),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "validation", field } });
    });

  it("the demo activities (msteams, aadObjectId, contoso-demo) still work", async () => {
    const { status, replies } = await repliesAfter(
      teamsActivity(connector.serviceUrl, { type: "message", text: "help" }),
    );
    expect(status).toBe(200);
    expect(replies[0]?.text).toContain("**my actions**");
  });
});
