import { documentIds, partitionKeys, type ActionItemDocument } from "@baton/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamsActivity } from "../support/activities";
import { walk, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { addPair, addPerson, addProgram } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

// A mentor with two mentees. Pair A's group chat must never show pair B's content.
const T = "t-scope";
const mona = { tenantId: T, userId: "u-mona", name: "Mona Mentor" };
const alice = { tenantId: T, userId: "u-alice", name: "Alice Aaltonen" };
const bob = { tenantId: T, userId: "u-bob", name: "Bob Brennan" };
const CHAT_A = "19:pair-a-chat@thread.v2";
const UNLINKED = "19:team-banter@thread.v2";

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;

async function item(pairId: string, id: string, ownerId: string, title: string) {
  await server.repos.store.upsert<ActionItemDocument>({
    id: documentIds.actionItem(id),
    pk: partitionKeys.pair(T, pairId),
    tenantId: T,
    type: "actionItem",
    pairId,
    actionItemId: id,
    title,
    ownerId,
    dueDate: "2026-12-01",
    done: false,
    source: "tab",
    createdBy: ownerId,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  } as ActionItemDocument);
}

beforeAll(async () => {
  connector = await startLocalConnector();
  server = await startTestServer({ seedDemo: false, rhythm: { autoStart: false } });
  await addProgram(server.repos, T, { start: "2026-01-01", end: "2027-12-31" });
  const spec = (p: typeof mona) => ({ userId: p.userId, name: p.name, timeZone: "Europe/Helsinki" });
  for (const p of [mona, alice, bob]) await addPerson(server.repos, T, spec(p), connector.serviceUrl);
  const createdAt = "2026-01-05T09:00:00.000Z";
  await addPair(server.repos, T, { pairId: "pair-a", mentor: spec(mona), mentee: spec(alice), createdAt });
  await addPair(server.repos, T, { pairId: "pair-b", mentor: spec(mona), mentee: spec(bob), createdAt });
  await item("pair-a", "a-dns", "u-alice", "Write the DNS runbook draft");
  await item("pair-a", "a-review", "u-mona", "Review Alice's runbook");
  await item("pair-b", "b-secret", "u-mona", "Prepare Bob's confidential performance review");
  await item("pair-b", "b-own", "u-bob", "Bob: ask for the escalation budget");
  const token = await server.signIn("u-alice", T);
  const linked = await server.call(token, "PUT", `/api/chats/${encodeURIComponent(CHAT_A)}/pair`, {
    pairId: "pair-a",
  });
  expect(linked.status).toBe(200);
});
afterAll(async () => {
  await server.dispose();
  await connector.close();
});

const inChat = (chatId: string, extra: Record<string, unknown> = {}) => ({
  conversation: { id: chatId, conversationType: "groupChat", tenantId: T },
  ...extra,
});

/** Posts a message in a group chat; returns everything the bot sent anywhere because of it. */
async function say(who: typeof mona, chatId: string, text: string) {
  const before = connector.received.length;
  const activity = teamsActivity(
    connector.serviceUrl,
    { type: "message", text: `<at>Baton</at> ${text}`, ...inChat(chatId) },
    who,
  );
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  expect(res.status).toBe(200);
  return connector.received.slice(before);
}

async function execute(
  who: typeof mona,
  chatId: string,
  verb: string,
  data: Record<string, unknown>,
  trigger = "manual",
) {
  const before = connector.received.length;
  const activity = teamsActivity(
    connector.serviceUrl,
    {
      type: "invoke",
      name: "adaptiveCard/action",
      replyToId: "card-message-1",
      value: { action: { type: "Action.Execute", verb, data }, trigger },
      ...inChat(chatId),
    },
    who,
  );
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  const body = (await res.json()) as { type: string; value: unknown };
  return { body, sent: connector.received.slice(before) };
}

const cardsIn = (sent: { activity: Record<string, any> }[]) =>
  sent.flatMap((s) => (s.activity.attachments ?? []).map((a: { content: Card }) => a.content));
const pairBWords = /Bob|confidential|escalation/;

describe("in a pair's group chat, Baton shows that pair only", () => {
  it("my actions lists pair A's open items (anyone's), never pair B's, and refreshes for both members", async () => {
    for (const who of [mona, alice]) {
      const sent = await say(who, CHAT_A, "my actions");
      expect(sent.every((s) => s.conversationId === CHAT_A)).toBe(true);
      const [card] = cardsIn(sent);
      assertValidAdaptiveCard(card, "pair actions");
      const json = JSON.stringify(card);
      expect(json).toContain("Write the DNS runbook draft");
      expect(json).toContain("Review Alice's runbook");
      expect(json).not.toMatch(pairBWords);
      expect(card!.refresh).toMatchObject({
        action: { type: "Action.Execute", verb: "actions.refresh", data: { pairId: "pair-a" } },
        userIds: expect.arrayContaining(["29:u-mona", "29:u-alice"]),
      });
      expect(card!.refresh.userIds).toHaveLength(2);
    }
  });

  it("log a session offers only this chat's pair", async () => {
    const sent = await say(mona, CHAT_A, "log a session");
    const json = JSON.stringify(cardsIn(sent));
    expect(json).toContain("Alice Aaltonen");
    expect(json).not.toMatch(pairBWords);
    // A forged submit for pair B from pair A's chat is refused, not logged.
    const forged = await execute(mona, CHAT_A, "session.log", {
      pairId: "pair-b",
      date: "2026-03-01",
      usefulness: "4",
    });
    expect(JSON.stringify(forged.body.value)).toContain("Choose one of your pairs.");
  });

  it("Mark done refreshes the card for everyone, and cannot reach another pair's item", async () => {
    const done = await execute(alice, CHAT_A, "action.done", { pairId: "pair-a", actionItemId: "a-review" });
    const card = done.body.value as Card;
    expect(JSON.stringify(card)).not.toContain("Review Alice's runbook");
    expect(JSON.stringify(card)).toContain("Write the DNS runbook draft");
    const update = done.sent.find((s) => s.updates === "card-message-1");
    expect(update?.conversationId).toBe(CHAT_A);
    expect(cardsIn([update!])[0]).toEqual(card);
    // Each member's client asks for its own view through the automatic refresh.
    const refreshed = await execute(mona, CHAT_A, "actions.refresh", { pairId: "pair-a" }, "automatic");
    expect(JSON.stringify(refreshed.body.value)).not.toMatch(pairBWords);
    expect(walk(refreshed.body.value).some((n) => n.verb === "action.done")).toBe(true);
    const forged = await execute(mona, CHAT_A, "action.done", { pairId: "pair-b", actionItemId: "b-secret" });
    expect(JSON.stringify(forged.body.value)).not.toMatch(pairBWords);
    const b = await server.repos.pairs.read<ActionItemDocument>(T, "pair-b", "action:b-secret");
    expect(b?.done).toBe(false);
  });
});

describe("where no pair of yours is linked, Baton answers privately", () => {
  it("in an unlinked group chat: a short note there, the answer in the 1:1 chat", async () => {
    const sent = await say(mona, UNLINKED, "my actions");
    const here = sent.filter((s) => s.conversationId === UNLINKED);
    expect(here.map((s) => s.activity.text)).toEqual(["I've answered you privately in our 1:1 chat."]);
    expect(cardsIn(here)).toHaveLength(0);
    const privately = sent.filter((s) => s.conversationId === "a:personal-u-mona");
    expect(JSON.stringify(cardsIn(privately))).toContain("Prepare Bob's confidential performance review");
  });

  it("someone outside the linked pair gets their own items privately, not in pair A's chat", async () => {
    const sent = await say(bob, CHAT_A, "my actions");
    expect(JSON.stringify(sent.filter((s) => s.conversationId === CHAT_A))).not.toMatch(/escalation budget/);
    expect(sent.some((s) => s.conversationId === "a:personal-u-bob")).toBe(true);
  });

  it("commands with personal content (profile) are never answered in the group", async () => {
    const sent = await say(alice, CHAT_A, "profile");
    const here = sent.filter((s) => s.conversationId === CHAT_A);
    expect(cardsIn(here)).toHaveLength(0);
    expect(sent.some((s) => s.conversationId === "a:personal-u-alice")).toBe(true);
  });
});
