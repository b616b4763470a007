import type { Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { ReusingBotFrameworkAuthentication } from "../../bot/src/bot/reusing-bot-authentication";

const activity = (serviceUrl: string) =>
  ({ type: "invoke", channelId: "msteams", serviceUrl, from: { id: "29:a" } }) as unknown as Activity;

describe("ReusingBotFrameworkAuthentication", () => {
  it("gives every turn for one service URL the same ConnectorClient and UserTokenClient", async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const first = await auth.authenticateRequest(activity("https://smba.example/emea/"), "");
    const second = await auth.authenticateRequest(activity("https://smba.example/emea/"), "");
    const a = await first.connectorFactory!.create("https://smba.example/emea/", first.audience);
    const b = await second.connectorFactory!.create("https://smba.example/emea/", second.audience);
    expect(b).toBe(a);
    expect(await auth.createUserTokenClient(second.claimsIdentity)).toBe(
      await auth.createUserTokenClient(first.claimsIdentity),
    );
    // Proactive sends (continueConversation) take the same path.
    const proactive = auth.createConnectorFactory(first.claimsIdentity);
    expect(await proactive.create("https://smba.example/emea/", first.audience)).toBe(a);
  });

  it("keeps a separate client per service URL and audience, and still validates every request", async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const turn = await auth.authenticateRequest(activity("https://smba.example/emea/"), "");
    const emea = await turn.connectorFactory!.create("https://smba.example/emea/", turn.audience);
    const amer = await turn.connectorFactory!.create("https://smba.example/amer/", turn.audience);
    expect(amer).not.toBe(emea);
    expect(
      await turn.connectorFactory!.create("https://smba.example/emea/", "https://other.audience"),
    ).not.toBe(emea);

    // With an app id set, a request without a token is refused as before.
    const strict = new ReusingBotFrameworkAuthentication({
      MicrosoftAppId: "00000000-0000-0000-0000-000000000001",
    });
    await expect(strict.authenticateRequest(activity("https://smba.example/emea/"), "")).rejects.toThrow();
  });
});
