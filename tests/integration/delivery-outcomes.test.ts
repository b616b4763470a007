import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RhythmOptions } from "../../bot/src/rhythm/rhythm-runtime";
import { RETRY_DELAYS_MS } from "../../bot/src/rhythm/delivery-queue";
import { conversationOf, manualClock, storeReference } from "../support/rhythm-fixtures";
import { startTeamsConnector, type TeamsConnector } from "../support/teams-connector";
import { startTestServer, type TestServer } from "../support/test-server";

// ADR 0010: every outcome other than "sent" leads somewhere.
const T = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const fastTimer: RhythmOptions["timer"] = {
  nowMs: () => performance.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 2))),
};
const clock = manualClock(new Date().toISOString());
let server: TestServer;
let connector: TeamsConnector;

beforeAll(async () => {
  connector = await startTeamsConnector();
  server = await startTestServer({ clock, rhythm: { owner: "outcomes", timer: fastTimer } });
  for (const userId of ["u-amara", "u-ravi", "u-elif", "u-lucia", "u-joe"])
    await storeReference(server.repos, T, userId, connector.serviceUrl);
});
afterAll(async () => {
  await server.dispose();
  await connector.close();
});

const send = (userId: string, key: string) =>
  server.rhythm.sender.send({ tenantId: T, userId, idempotencyKey: key, message: { text: "Hello" } });
const deliveredTo = (conversationId: string) =>
  connector.delivered.filter((d) => d.conversationId === conversationId).length;

describe("delivery outcomes", () => {
  it("403 BotNotInConversationRoster fails that message only: the person stays reachable", async () => {
    connector.block(conversationOf("u-joe"), "BotNotInConversationRoster");
    expect(await send("u-joe", "roster-1")).toBe("failed");
    expect((await server.repos.rhythm.personalReference(T, "u-joe"))?.deadSince).toBeUndefined();
    connector.unblock(conversationOf("u-joe"));
    expect(await send("u-joe", "roster-2")).toBe("sent");
    expect(deliveredTo(conversationOf("u-joe"))).toBe(1);
  });

  it("only a block by the person (ConversationBlockedByUser) marks them unreachable", async () => {
    connector.block(conversationOf("u-lucia"), "ConversationBlockedByUser");
    expect(await send("u-lucia", "blocked-1")).toBe("blocked");
    expect((await server.repos.rhythm.personalReference(T, "u-lucia"))?.deadSince).toBeDefined();
  });

  it("404 ConversationNotFound: the 1:1 chat is created again and the message resent", async () => {
    connector.lose(conversationOf("u-elif"));
    expect(await send("u-elif", "lost-1")).toBe("sent");
    const created = connector.created.find((c) => c.memberId === "u-elif");
    expect(created).toMatchObject({ tenantId: T });
    expect(deliveredTo(created!.conversationId)).toBe(1);
    expect((await server.repos.rhythm.personalReference(T, "u-elif"))?.conversationId).toBe(
      created!.conversationId,
    );
  });

  it("repeated 5xx: a mentor request is retried from the durable queue, then shown as not delivered", async () => {
    connector.fail(conversationOf("u-amara"), 10_000);
    const ravi = await server.signIn("u-ravi");
    const asked = await server.call(ravi, "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-amara",
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: "pending", delivery: "queued" });
    const key = `mentor-request:${asked.body.requestId}`;
    let entry = await server.rhythm.queue.read(T, key);
    expect(entry).toMatchObject({ state: "queued", attempts: 1 });
    expect(Date.parse(entry!.nextAttemptAt)).toBeGreaterThan(clock.now().getTime());
    // Nothing is due before the next attempt time.
    expect((await server.rhythm.queue.drain(T)).queued).toBe(0);
    for (const delay of RETRY_DELAYS_MS) {
      clock.advance(delay);
      await server.rhythm.queue.drain(T);
    }
    entry = await server.rhythm.queue.read(T, key);
    expect(entry).toMatchObject({ state: "failed", attempts: RETRY_DELAYS_MS.length + 1 });
    const mine = await server.call(ravi, "GET", `/api/mentor-requests?programId=${PROGRAM}`);
    expect(mine.body.asMentee).toMatchObject({ status: "undeliverable", mentorName: "Amara Okafor" });
    // The mentee may ask again (someone else, or later).
    connector.fail(conversationOf("u-amara"), 0);
    const again = await server.call(ravi, "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-amara",
    });
    expect(again.body).toMatchObject({ status: "pending", delivery: "sent" });
  });

  it("a deferred request that Teams later accepts is delivered by the queue", async () => {
    // (covered above for the failure path; here the queue recovers after two failed rounds)
    const key = "queue-recovers";
    connector.fail(conversationOf("u-ravi"), 1_000);
    const first = await server.rhythm.queue.sendOrQueue(
      { tenantId: T, userId: "u-ravi", idempotencyKey: key, message: { text: "Hi" } },
      { kind: "other" },
    );
    expect(first).toBe("queued");
    connector.fail(conversationOf("u-ravi"), 0);
    clock.advance(RETRY_DELAYS_MS[0]!);
    expect((await server.rhythm.queue.drain(T)).sent).toBe(1);
    expect((await server.rhythm.queue.read(T, key))?.state).toBe("sent");
    expect(deliveredTo(conversationOf("u-ravi"))).toBe(1);
  });
  it("a drain waits for the drain already running in this process instead of racing it", async () => {
    // An approval starts a drain in the background; a second drain (the scheduler's, or a test's)
    // must not claim the same entry again while the first is still sending it.
    const key = "drain-once";
    await server.rhythm.queue.enqueue(
      { tenantId: T, userId: "u-joe", idempotencyKey: key, message: { text: "Once" } },
      { kind: "other" },
    );
    const before = deliveredTo(conversationOf("u-joe"));
    connector.holdAfter(connector.delivered.length);
    const first = server.rhythm.queue.drain(T);
    for (let i = 0; i < 200 && connector.heldCount() < 1; i++) await new Promise((r) => setTimeout(r, 25));
    expect(connector.heldCount()).toBe(1);
    let secondDone = false;
    const second = server.rhythm.queue.drain(T).then((counts) => {
      secondDone = true;
      return counts;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(connector.heldCount(), "the second drain sent the same entry again").toBe(1);
    expect(secondDone, "the second drain returned while the first was still sending").toBe(false);
    // The held send's connection drops; the sender retries it (its outcome was unknown), or the
    // queue does later: either way the message arrives once.
    connector.dropHeld();
    await first;
    await second;
    clock.advance(RETRY_DELAYS_MS[0]!);
    await server.rhythm.queue.drain(T);
    expect((await server.rhythm.queue.read(T, key))?.state).toBe("sent");
    expect(deliveredTo(conversationOf("u-joe")) - before).toBe(1);
  });
});
