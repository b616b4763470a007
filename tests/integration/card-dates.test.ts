import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partitionKeys, rhythmIds, type ConversationReferenceDocument } from "@baton/shared";
import { postActivity, teamsActivity } from "../support/activities";
import { botClient, texts, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { manualClock } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

/**
 * Issue 12 item 8 through the real CloudAdapter: Teams' `locale` and `clientInfo` entity on each
 * activity decide how dates read in the answer, and are kept for proactive cards.
 */
const TENANT = "contoso-demo";
const PRIYA = { tenantId: TENANT, userId: "u-priya", name: "Priya Raman" };
const OSKAR = { tenantId: TENANT, userId: "u-oskar", name: "Oskar Lindqvist" };
const GERMAN = { locale: "de-DE", timezone: "Europe/Berlin" };
const TOKYO = { locale: "en-GB", timezone: "Asia/Tokyo" };
const ISO = /\d{4}-\d{2}-\d{2}/;

const clock = manualClock("2026-12-01T08:00:00.000Z");
let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;

const withClient = (client: { locale: string; timezone: string }) => ({
  locale: client.locale,
  entities: [{ type: "clientInfo", ...client }],
});
const words = (card: Card | undefined) => (card ? texts(card).join(" ") : "");

/** A message from `who` with Teams' client settings; the cards Baton answered with. */
async function say(who: typeof PRIYA, text: string, client: { locale: string; timezone: string }) {
  const before = connector.received.length;
  const status = await postActivity(
    server.url,
    teamsActivity(connector.serviceUrl, { type: "message", text, ...withClient(client) }, who),
  );
  expect(status).toBe(200);
  return connector.received
    .slice(before)
    .flatMap((r) => (r.activity.attachments ?? []).map((a: { content: Card }) => a.content));
}

/** A card button (Action.Execute) pressed by `who` with Teams' client settings. */
async function press(who: typeof PRIYA, verb: string, data: Record<string, unknown>, client: typeof TOKYO) {
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(
      teamsActivity(
        connector.serviceUrl,
        {
          type: "invoke",
          name: "adaptiveCard/action",
          value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
          ...withClient(client),
        },
        who,
      ),
    ),
  });
  return ((await res.json()) as { value: Card }).value;
}

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer({ clock }), startLocalConnector()]);
  for (const who of [PRIYA, OSKAR]) await botClient(() => server.url, connector, who).install();
});
afterAll(async () => {
  for (const c of connector.received.flatMap((r) => r.activity.attachments ?? []))
    assertValidAdaptiveCard(c.content);
  await Promise.all([server.dispose(), connector.close()]);
});

describe("dates in the reader's locale and zone (issue 12 item 8)", () => {
  it("a German reader gets 'Due 3. Dez. 2026' in my actions, and the settings are kept for later", async () => {
    const token = await server.signIn("u-priya");
    const me = (await server.call(token, "GET", "/api/me")).body;
    const pairId = me.pairs[0].pairId as string;
    const made = await server.call(token, "POST", `/api/pairs/${pairId}/action-items`, {
      title: "Draw the backup topology",
      ownerId: "u-priya",
      dueDate: "2026-12-03",
    });
    expect(made.status).toBe(201);

    const [card] = await say(PRIYA, "my actions", GERMAN);
    const text = words(card);
    expect(text).toContain("Due 3. Dez. 2026");
    expect(text).not.toMatch(ISO);

    const ref = await server.repos.store.read<ConversationReferenceDocument>(
      TENANT,
      partitionKeys.user(TENANT, "u-priya"),
      rhythmIds.personalReference(),
    );
    expect(ref).toMatchObject({ locale: "de-DE", timeZone: "Europe/Berlin" });
  });

  it("'pause until' answers with the date in German, and the profile card says it too", async () => {
    const [paused] = await say(PRIYA, "pause until 2027-01-10", GERMAN);
    expect(words(paused)).toContain("Paused until 10. Jan. 2027");
    const [profile] = await say(PRIYA, "profile", GERMAN);
    expect(words(profile)).toContain("Paused until 10. Jan. 2027");
    expect(`${words(paused)} ${words(profile)}`).not.toMatch(ISO);
    await say(PRIYA, "resume", GERMAN);
  });

  it("a reader in Tokyo is told the local time (a snooze until tomorrow 17:00)", async () => {
    const card = await press(OSKAR, "rhythm.snooze", { verb: "rhythm.snooze", days: 1 }, TOKYO);
    // 2026-12-02 08:00 UTC is 17:00 in Tokyo.
    expect(words(card)).toContain("I'll hold your reminders until 2 Dec 2026, 17:00.");
    expect(words(card)).not.toMatch(ISO);
  });
});
