import {
  matchingIds,
  partitionKeys,
  rhythmKeys,
  type MentorRequestDocument,
  type MentorRequestStatus,
  type OutboxEntryDocument,
} from "@baton/shared";
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

describe("a request made before expiry existed (no expiresAt)", () => {
  const now = () => clock.now().getTime();
  const at = (ms: number) => new Date(ms).toISOString();
  const old = (menteeId: string, menteeName: string, status: MentorRequestStatus): MentorRequestDocument => ({
    id: matchingIds.mentorRequest(menteeId),
    pk: partitionKeys.program(TENANT, PROGRAM),
    tenantId: TENANT,
    type: "mentorRequest",
    programId: PROGRAM,
    requestId: `old-${menteeId}`,
    menteeId,
    menteeName,
    mentorId: "u-lucia",
    mentorName: "Lucía Fernández",
    status,
    reasons: [],
    createdAt: at(now() - 20 * DAY),
    ...(status === "pending" ? {} : { decidedAt: at(now() - 19 * DAY) }),
  });
  const read = (menteeId: string) => server.repos.matching.getRequest(TENANT, PROGRAM, menteeId);
  const scheduledFor = (requestId: string) =>
    server.repos.store.queryPartition<OutboxEntryDocument>(
      TENANT,
      rhythmKeys.outbox(TENANT),
      "c.type = 'outboxEntry' AND c.purpose.requestId = @id",
      [{ name: "@id", value: requestId }],
    );
  const reminders = () => cardsSaying("u-lucia", "Reminder: Elif Demir is waiting");
  const untouched: MentorRequestDocument[] = [];
  let expiresAt = "";

  it("gets an expiry three days from now, scheduled once though the job runs on two instances and again", async () => {
    await server.repos.matching.upsert(old("u-elif", "Elif Demir", "pending"));
    for (const [id, status] of [
      ["u-old-declined", "declined"],
      ["u-old-withdrawn", "withdrawn"],
      ["u-old-closed", "closed"],
    ] as const)
      untouched.push(await server.repos.matching.upsert(old(id, "Former Mentee", status)));

    // A run cut short yesterday scheduled Ravi's expiry but never wrote it: the time scheduled stands.
    await server.repos.matching.upsert(old("u-ravi", "Ravi Shankar", "pending"));
    const scheduledYesterday = at(now() + 2 * DAY);
    await server.rhythm.queue.schedule(
      {
        tenantId: TENANT,
        userId: "u-ravi",
        idempotencyKey: "mentor-request-expiry:old-u-ravi",
        message: { text: "Your mentor request expired." },
      },
      { kind: "mentor-request-expiry", programId: PROGRAM, requestId: "old-u-ravi", menteeId: "u-ravi" },
      new Date(scheduledYesterday),
    );

    // Two instances at once, then the next day's run: each request given an expiry once, by one of them.
    const runs = await Promise.all([server.requestBackfill.runOnce(), server.requestBackfill.runOnce()]);
    expect(runs[0] + runs[1]).toBe(2);
    expect(await read("u-ravi")).toMatchObject({ status: "pending", expiresAt: scheduledYesterday });
    expect(await scheduledFor("old-u-ravi")).toHaveLength(2);
    const given = await read("u-elif");
    expect(await server.requestBackfill.runOnce()).toBe(0);
    expect((await read("u-elif"))?._etag).toBe(given?._etag);

    // createdAt + 7 days is long past: three days from now, so it doesn't expire on upgrade.
    expiresAt = at(now() + 3 * DAY);
    expect(given).toMatchObject({ status: "pending", expiresAt, requestId: "old-u-elif" });
    expect(await mine(tokens.elif)).toMatchObject({ status: "pending", expiresAt });
    const entries = await scheduledFor("old-u-elif");
    expect(entries.map((e) => e.purpose.kind).sort()).toEqual([
      "mentor-request-expiry",
      "mentor-request-reminder",
    ]);
    expect(entries.find((e) => e.purpose.kind === "mentor-request-expiry")?.nextAttemptAt).toBe(expiresAt);
    expect(
      Date.parse(entries.find((e) => e.purpose.kind === "mentor-request-reminder")?.nextAttemptAt ?? ""),
    ).toBeLessThan(Date.parse(expiresAt));

    // Answered, withdrawn or closed before: left as they were, nothing scheduled.
    for (const doc of untouched) {
      const now = await read(doc.menteeId);
      expect(now?._etag).toBe(doc._etag);
      expect(now?.expiresAt).toBeUndefined();
      expect(await scheduledFor(doc.requestId)).toHaveLength(0);
    }
  });

  it("reminds the mentor once, then expires: the mentee is told kindly with other mentors", async () => {
    const expiredBefore = cardsSaying("u-elif", "Your mentor request expired").length;
    await server.rhythm.queue.drain();
    await server.rhythm.queue.drain();
    clock.set(at(Date.parse(expiresAt) - 3_600_000));
    await Promise.all([server.rhythm.queue.drain(), server.rhythm.queue.drain()]);
    expect(reminders()).toHaveLength(1);
    expect(words(reminders()[0])).toContain("Please answer by");
    expect(await read("u-elif")).toMatchObject({ status: "pending" });
    expect(cardsSaying("u-elif", "Your mentor request expired")).toHaveLength(expiredBefore);

    clock.set(at(Date.parse(expiresAt) + 60_000));
    await Promise.all([server.rhythm.queue.drain(), server.rhythm.queue.drain()]);
    await server.requestBackfill.runOnce();
    await server.rhythm.queue.drain();
    expect(await mine(tokens.elif)).toMatchObject({ status: "expired", expiresAt });
    const told = cardsSaying("u-elif", "Your mentor request expired").slice(expiredBefore);
    expect(told).toHaveLength(1);
    expect(words(told[0])).toContain("Mentors with free places for what you want to learn");
    const asks = (told[0]?.body as Card[]).flatMap((b) =>
      (b.items ?? []).flatMap((i: Card) => i.actions ?? []),
    ) as Card[];
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((a) => a.verb === "me.mentor.ask" && a.data.mentorId !== "u-lucia")).toBe(true);
    expect(reminders()).toHaveLength(1);

    for (const doc of untouched) expect((await read(doc.menteeId))?._etag).toBe(doc._etag);
  });
});
