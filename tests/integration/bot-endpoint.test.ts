import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentIds } from "@baton/shared";
import { postActivity, teamsActivity } from "../support/activities";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

describe("the bot behind CloudAdapter", () => {
  it("answers HEAD /api/messages without error", async () => {
    const res = await fetch(`${server.url}/api/messages`, { method: "HEAD" });
    expect(res.status).toBe(200);
  });

  it("greets on install and stores the conversation reference", async () => {
    connector.received.length = 0;
    const status = await postActivity(
      server.url,
      teamsActivity(connector.serviceUrl, { type: "installationUpdate", action: "add" }),
    );
    expect(status).toBe(200);
    expect(connector.received).toHaveLength(1);
    // The intake feature greets with a card that offers the open program(s).
    expect(JSON.stringify(connector.received[0]?.activity.attachments)).toContain("I'm Baton");
    const ref = await server.repos.people.getConversationReference(
      "contoso-demo",
      "u-priya",
      "a:personal-u-priya",
    );
    expect(ref).toMatchObject({ scope: "personal", userId: "u-priya", tenantId: "contoso-demo" });
    expect(ref?.reference).toMatchObject({
      serviceUrl: connector.serviceUrl,
      conversation: { id: "a:personal-u-priya" },
    });
    expect(ref?.id).toBe(documentIds.conversationRef("a:personal-u-priya"));
  });

  it("answers help with the command list, as a reply to the message", async () => {
    connector.received.length = 0;
    const activity = teamsActivity(connector.serviceUrl, { type: "message", text: "<at>Baton</at> Help " });
    expect(await postActivity(server.url, activity)).toBe(200);
    expect(connector.received).toHaveLength(1);
    const reply = connector.received[0];
    expect(reply?.replyToId).toBe(activity.id);
    for (const command of [
      "help",
      "join",
      "profile",
      "my actions",
      "log a session",
      "pause",
      "resume",
      "leave",
    ])
      expect(reply?.activity.text).toContain(`**${command}**`);
  });

  it("says it did not understand anything else, and points to help", async () => {
    connector.received.length = 0;
    await postActivity(
      server.url,
      teamsActivity(connector.serviceUrl, { type: "message", text: "make coffee" }),
    );
    expect(connector.received[0]?.activity.text).toMatch(/didn't understand "make coffee"/);
  });

  it("answers an Action.Execute invoke for an unknown verb with a friendly message in the HTTP response", async () => {
    const res = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        teamsActivity(connector.serviceUrl, {
          type: "invoke",
          name: "adaptiveCard/action",
          value: { action: { type: "Action.Execute", verb: "no.such.verb", data: {} }, trigger: "manual" },
        }),
      ),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    expect(body.value).toMatch(/no longer active/);
  });

  it("rejects unauthenticated activities when an app id is configured", async () => {
    const secured = await startTestServer({
      seedDemo: false,
      env: { MicrosoftAppId: "00000000-0000-0000-0000-000000000001", MicrosoftAppPassword: "x" },
    });
    try {
      const status = await postActivity(
        secured.url,
        teamsActivity(connector.serviceUrl, { type: "message", text: "help" }),
      );
      expect(status).toBe(401);
    } finally {
      await secured.dispose();
    }
  });
});
