import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamsActivity } from "../support/activities";
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

const post = async (body: string, url = server.url, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, text };
};
const invoke = (name: string, value: unknown) =>
  post(JSON.stringify(teamsActivity(connector.serviceUrl, { type: "invoke", name, value })));

/** Nothing that tells an outsider how Baton is built. */
const INTERNALS =
  /botbuilder|activityHandler|NotImplemented|stack|Error:|\.ts:|\.js:|something went wrong|ENOTFOUND|ECONNREFUSED|fetch failed|login\.|botframework\.com/i;

describe("/api/messages with malformed or unsupported input", () => {
  it.each([
    ["an empty object", "{}", "type"],
    [
      "no type",
      JSON.stringify({ ...teamsActivity("http://127.0.0.1:9", { type: "x" }), type: undefined }),
      "type",
    ],
    [
      "a type that is not a string",
      JSON.stringify(teamsActivity("http://127.0.0.1:9", { type: 42 as never })),
      "type",
    ],
    ["an array", "[]", "body"],
    [
      "no conversation",
      JSON.stringify({
        ...teamsActivity("http://127.0.0.1:9", { type: "message" }),
        conversation: undefined,
      }),
      "conversation.id",
    ],
    [
      "no serviceUrl",
      JSON.stringify({ ...teamsActivity("http://127.0.0.1:9", { type: "message" }), serviceUrl: undefined }),
      "serviceUrl",
    ],
  ])("%s is a 400 naming the field", async (_what, body, field) => {
    const { status, text } = await post(body);
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "validation", field } });
    expect(text).not.toMatch(INTERNALS);
  });

  it("bad JSON is a 400", async () => {
    const { status, text } = await post("{not json");
    expect(status).toBe(400);
    expect(text).not.toMatch(INTERNALS);
  });

  it("adaptiveCard/action with value {} is a well-formed invoke response, not a 5xx", async () => {
    const { status, text } = await invoke("adaptiveCard/action", {});
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ statusCode: 400, type: "application/vnd.microsoft.error" });
    expect(text).not.toMatch(INTERNALS);
  });

  it("task/fetch and task/submit answer with a friendly message task", async () => {
    for (const name of ["task/fetch", "task/submit"]) {
      const { status, text } = await invoke(name, { data: {} });
      expect(status).toBe(200);
      expect(JSON.parse(text)).toMatchObject({
        task: { type: "message", value: expect.stringMatching(/Baton/) },
      });
      expect(text).not.toMatch(INTERNALS);
    }
  });

  it.each([
    "no/such-invoke",
    "signin/verifyState",
    "fileConsent/invoke",
    "actionableMessage/executeAction",
    "",
  ])("an unsupported invoke (%j) is a well-formed 400 invoke response, never a 5xx", async (name) => {
    const { status, text } = await invoke(name, {});
    expect(status).toBeLessThan(500);
    if (status === 200) expect(JSON.parse(text)).toMatchObject({ statusCode: 400 });
    expect(text).not.toMatch(INTERNALS);
  });

  it("a valid Action.Execute still gets its answer", async () => {
    const { status, text } = await invoke("adaptiveCard/action", {
      action: { type: "Action.Execute", verb: "no.such.verb", data: {} },
      trigger: "manual",
    });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({
      statusCode: 200,
      value: expect.stringMatching(/no longer active/),
    });
  });

  it("with an app id set and the login endpoint unreachable: a 401 or 503, no fetch error or hostname", async () => {
    const secured = await startTestServer({
      seedDemo: false,
      env: { MicrosoftAppId: "00000000-0000-0000-0000-000000000001", MicrosoftAppPassword: "x" },
    });
    try {
      // A well-formed but unverifiable token: the adapter must fetch Bot Framework's signing keys,
      // which this closed network cannot reach.
      const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: "k1", typ: "JWT" })).toString(
        "base64url",
      );
      const claims = Buffer.from(
        JSON.stringify({
          iss: "https://api.botframework.com",
          aud: "00000000-0000-0000-0000-000000000001",
          exp: 4e9,
        }),
      ).toString("base64url");
      const { status, text } = await post(
        JSON.stringify(teamsActivity(connector.serviceUrl, { type: "message", text: "help" })),
        secured.url,
        { authorization: `Bearer ${header}.${claims}.c2ln` },
      );
      expect([401, 503]).toContain(status);
      expect(text).not.toMatch(INTERNALS);
    } finally {
      await secured.dispose();
    }
  });
});

describe("text the bot quotes back", () => {
  it("'I didn't understand …' never sends half a character", async () => {
    const before = connector.received.length;
    const text = "a".repeat(59) + "👍🏽 make coffee";
    await post(JSON.stringify(teamsActivity(connector.serviceUrl, { type: "message", text })));
    const reply = String(connector.received[before]?.activity.text ?? "");
    expect(reply).toMatch(/didn't understand/);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(reply)).toBe(false);
  });
});
