import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionData, botClient, texts, type Card } from "../support/bot-client";
import { postActivity, teamsActivity } from "../support/activities";
import { startLocalConnector } from "../support/local-connector";
import { manualClock } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

/**
 * Issue 12 item 4: no mentor request waits forever. Through the API and the real CloudAdapter with a
 * fake clock: a request to a mentor who fills up (or pauses) is closed and the mentee shown others;
 * an unanswered one gets exactly one reminder and then expires, across a restart, never twice.
 */
const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const DAY = 86_400_000;
const START = "2026-12-01T08:00:00.000Z";
const who = (userId: string, name: string) => ({ tenantId: TENANT, userId, name });
const PEOPLE = {
  amara: who("u-amara", "Amara Okafor"),
  ravi: who("u-ravi", "Ravi Shankar"),
  elif: who("u-elif", "Elif Demir"),
  lucia: who("u-lucia", "Lucía Fernández"),
  david: who("u-david", "David Cohen"),
  joe: who("u-joe", "Joe Mensah"),
};
type Person = keyof typeof PEOPLE;

const clock = manualClock(START);
let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const tokens = {} as Record<Person, string>;

const cardsTo = (userId: string): Card[] =>
  connector.received
    .filter((r) => r.conversationId === `a:personal-${userId}`)
    .flatMap((r) => (r.activity.attachments ?? []).map((a: { content: Card }) => a.content));
const words = (card: Card | undefined) => (card ? texts(card).join(" ") : "");
const cardsSaying = (userId: string, text: string) => cardsTo(userId).filter((c) => words(c).includes(text));

const start = async (dataDir?: string) => {
  server = await startTestServer({ clock, ...(dataDir ? { dataDir } : {}) });
  for (const key of Object.keys(PEOPLE) as Person[]) tokens[key] = await server.signIn(PEOPLE[key].userId);
};
const ask = (menteeToken: string, mentorId: string) =>
  server.call(menteeToken, "POST", "/api/mentor-requests", { programId: PROGRAM, mentorId });
const mine = async (token: string) =>
  (await server.call(token, "GET", `/api/mentor-requests?programId=${PROGRAM}`)).body.asMentee;

beforeAll(async () => {
  connector = await startLocalConnector();
  await start();
  for (const key of Object.keys(PEOPLE) as Person[])
    await botClient(() => server.url, connector, PEOPLE[key]).install();
  // Amara reads Teams in Japanese settings in Tokyo: her cards say so (issue 12 item 8).
  await postActivity(
    server.url,
    teamsActivity(
      connector.serviceUrl,
      {
        type: "message",
        text: "help",
        locale: "en-US",
        entities: [{ type: "clientInfo", locale: "en-US", timezone: "Asia/Tokyo" }],
      },
      PEOPLE.amara,
    ),
  );
  connector.received.length = 0;
});
afterAll(async () => {
  for (const c of connector.received.flatMap((r) => r.activity.attachments ?? []))
    assertValidAdaptiveCard(c.content);
  await server.dispose();
  await connector.close();
});

describe("a request to a mentor who becomes full", () => {
  it("is closed kindly when another request takes the last place; the mentee sees other mentors", async () => {
    expect((await ask(tokens.elif, "u-david")).status).toBe(201);
    expect((await ask(tokens.joe, "u-david")).status).toBe(201);
    const joesCard = cardsTo("u-david").find((c) => words(c).includes("Joe Mensah would like you"));
    const accept = actionData(joesCard ?? {}, "matching.request.answer");
    const david = botClient(() => server.url, connector, PEOPLE.david);
    expect(words((await david.execute("matching.request.answer", accept ?? {})).card)).toContain(
      "You're now mentoring Joe Mensah",
    );

    const elifs = await mine(tokens.elif);
    expect(elifs).toMatchObject({ status: "closed", closedReason: "mentor-full", mentorId: "u-david" });
    const told = cardsSaying("u-elif", "Your mentor request was closed");
    expect(told).toHaveLength(1);
    const text = words(told[0]);
    expect(text).toContain("places filled up before they could answer");
    expect(text).toContain("says nothing about you");
    expect(text).toContain("Mentors with free places for what you want to learn");
    const asks = (told[0]?.body as Card[]).flatMap((b) =>
      (b.items ?? []).flatMap((i: Card) => i.actions ?? []),
    ) as Card[];
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((a) => a.verb === "me.mentor.ask" && a.data.mentorId !== "u-david")).toBe(true);
    // The directory agrees: Elif may ask again, and David is not offered.
    const directory = await server.call(tokens.elif, "GET", `/api/programs/${PROGRAM}/mentors`);
    expect(directory.body.viewer.canAsk).toBe(true);
    expect(directory.body.mentors.map((m: { userId: string }) => m.userId)).not.toContain("u-david");
  });

  it("is closed when the mentor pauses, and pressing the old card says it is no longer open", async () => {
    expect((await ask(tokens.elif, "u-lucia")).status).toBe(201);
    const card = cardsTo("u-lucia").find((c) => words(c).includes("Elif Demir would like you"));
    expect((await server.call(tokens.lucia, "POST", "/api/me/pause", {})).status).toBe(200);
    expect(await mine(tokens.elif)).toMatchObject({ status: "closed", closedReason: "mentor-unavailable" });
    expect(cardsSaying("u-elif", "isn't taking mentees right now")).toHaveLength(1);
    const lucia = botClient(() => server.url, connector, PEOPLE.lucia);
    const pressed = await lucia.execute(
      "matching.request.answer",
      actionData(card ?? {}, "matching.request.answer") ?? {},
    );
    expect(words(pressed.card)).toContain("No longer open");
    await server.call(tokens.lucia, "POST", "/api/me/resume", {});
  });
});

describe("an unanswered request", () => {
  let expiresAt = "";
  it("shows when it expires, to the mentee in the tab and to the mentor in their own zone", async () => {
    const made = await ask(tokens.ravi, "u-amara");
    expect(made.status).toBe(201);
    expiresAt = made.body.expiresAt;
    expect(Date.parse(expiresAt) - Date.parse(START)).toBe(7 * DAY);
    expect(await mine(tokens.ravi)).toMatchObject({ status: "pending", expiresAt });
    const card = cardsSaying("u-amara", "Ravi Shankar would like you")[0];
    // 8 Dec 08:00 UTC is 17:00 in Tokyo.
    expect(words(card)).toContain("Please answer by Dec 8, 2026, 5:00 PM");
    expect(words(card)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("reminds the mentor exactly once, also after a restart", async () => {
    clock.set(new Date(Date.parse(START) + 2 * DAY).toISOString());
    await server.rhythm.queue.drain();
    expect(cardsSaying("u-amara", "Reminder: Ravi Shankar is waiting")).toHaveLength(0);

    clock.set(new Date(Date.parse(expiresAt) - 30 * 60_000).toISOString());
    await server.rhythm.queue.drain();
    await server.rhythm.queue.drain();
    const reminders = cardsSaying("u-amara", "Reminder: Ravi Shankar is waiting");
    expect(reminders).toHaveLength(1);
    expect(actionData(reminders[0] ?? {}, "matching.request.answer")).toMatchObject({ menteeId: "u-ravi" });

    const dataDir = server.dataDir;
    await server.dispose(true);
    await start(dataDir);
    await server.rhythm.queue.drain();
    expect(cardsSaying("u-amara", "Reminder: Ravi Shankar is waiting")).toHaveLength(1);
  });

  it("expires at its time: the mentee is told once with other mentors, the mentor's buttons close", async () => {
    clock.set(new Date(Date.parse(expiresAt) + 60_000).toISOString());
    await Promise.all([server.rhythm.queue.drain(), server.rhythm.queue.drain()]);
    await server.rhythm.queue.drain();
    expect(await mine(tokens.ravi)).toMatchObject({ status: "expired", expiresAt });
    const told = cardsSaying("u-ravi", "Your mentor request expired");
    expect(told).toHaveLength(1);
    expect(words(told[0])).toContain("didn't answer your request of");
    expect(words(told[0])).toMatch(/Mentors with free places|No other mentor with free places/);

    const dataDir = server.dataDir;
    await server.dispose(true);
    await start(dataDir);
    await server.rhythm.queue.drain();
    expect(cardsSaying("u-ravi", "Your mentor request expired")).toHaveLength(1);

    const amara = botClient(() => server.url, connector, PEOPLE.amara);
    const card = cardsSaying("u-amara", "Ravi Shankar would like you")[0] ?? {};
    const pressed = await amara.execute(
      "matching.request.answer",
      actionData(card, "matching.request.answer") ?? {},
    );
    expect(words(pressed.card)).toContain("expired");
    expect(await mine(tokens.ravi)).toMatchObject({ status: "expired" });
  });
});
