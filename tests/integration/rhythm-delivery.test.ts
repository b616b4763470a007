import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partitionKeys, rhythmIds } from "@baton/shared";
import { createAdapter } from "../../bot/src/bot/create-adapter";
import { RhythmRuntime, type RhythmOptions } from "../../bot/src/rhythm/rhythm-runtime";
import { startTeamsConnector, type TeamsConnector } from "../support/teams-connector";
import { startTestServer, type TestServer } from "../support/test-server";
import {
  addAction,
  addPair,
  addPerson,
  addProgram,
  addSession,
  cardTitles,
  conversationOf,
  manualClock,
  type PersonSpec,
} from "../support/rhythm-fixtures";

const slept: number[] = [];
const fastTimer: RhythmOptions["timer"] = {
  nowMs: () => performance.now(),
  sleep: (ms) => {
    slept.push(ms);
    return new Promise((r) => setTimeout(r, Math.min(ms, 5)));
  },
};
const noAdapterAuth = { appId: "", appPassword: "", appType: "MultiTenant", tenantId: "" };

let connector: TeamsConnector;
beforeAll(async () => {
  connector = await startTeamsConnector();
});
afterAll(async () => {
  await connector.close();
});

/** `n` pairs whose session ended an hour before `now`: a check-in is due for each person. */
async function pairsWithCheckIns(
  server: TestServer,
  tenant: string,
  n: number,
  serviceUrl = connector.serviceUrl,
) {
  await addProgram(server.repos, tenant, { start: "2026-01-01", end: "2026-12-31" });
  const people: PersonSpec[] = [];
  for (let i = 0; i < n; i++) {
    const mentor = { userId: `${tenant}-m${i}`, name: `Mentor ${i}`, timeZone: "UTC" };
    const mentee = { userId: `${tenant}-e${i}`, name: `Mentee ${i}`, timeZone: "UTC" };
    await addPerson(server.repos, tenant, mentor, serviceUrl);
    await addPerson(server.repos, tenant, mentee, serviceUrl);
    await addPair(server.repos, tenant, {
      pairId: `p${i}`,
      mentor,
      mentee,
      createdAt: "2026-02-25T00:00:00.000Z",
      cadence: "monthly",
    });
    await addSession(server.repos, tenant, `p${i}`, `s${i}`, "2026-03-03T08:00:00.000Z");
    people.push(mentor, mentee);
  }
  return people;
}

// These tests are about delivery; the chemistry check (planned after a first session, see
// rhythm-schedule.test.ts) would add a second kind of message to every pair, so it is left out here.
const checkInsOnly = { chemistryCheck: undefined };

const delivered = (userId: string) =>
  connector.delivered.filter((d) => d.conversationId === conversationOf(userId));

describe("exactly once", () => {
  it("two scheduler instances on the same data send each reminder once", async () => {
    const clock = manualClock("2026-03-03T10:00:00.000Z");
    const server = await startTestServer({
      seedDemo: false,
      clock,
      rhythm: { ...checkInsOnly, owner: "a", timer: fastTimer },
    });
    try {
      const people = await pairsWithCheckIns(server, "x1", 10);
      for (let i = 0; i < 10; i++)
        await addAction(server.repos, "x1", `p${i}`, `a${i}`, `x1-m${i}`, "2026-03-04");
      const second = new RhythmRuntime(server.repos, clock, createAdapter(noAdapterAuth), "", {
        owner: "b",
        timer: fastTimer,
      });
      await Promise.all([server.rhythm.runOnce(), second.runOnce()]);
      await Promise.all([server.rhythm.runOnce(), second.runOnce()]);
      // The check-in is the form itself ("How did it go with …") when it travels alone, or a line of a
      // digest ("How was your session with …") when it travels with the action item: two instances may
      // split one person's batch, so either wording counts, exactly once in all.
      const checkIn = /^(How was your session with|How did it go with) /;
      for (const p of people) {
        const items = delivered(p.userId).flatMap((d) => cardTitles(d.activity));
        const expected = p.userId.includes("-m") ? [checkIn, /^Due tomorrow: Action/] : [checkIn];
        for (const title of expected)
          expect(
            items.filter((t) => title.test(t)),
            `${p.userId} ${title}: ${JSON.stringify(items)}`,
          ).toHaveLength(1);
      }
      const total = people.reduce((n, p) => n + delivered(p.userId).length, 0);
      expect(total).toBeLessThanOrEqual(30); // one message per person, or two when the instances split a batch
      expect(server.rhythm.sender.stats.sent + second.sender.stats.sent).toBe(total);
    } finally {
      await server.dispose();
    }
  });

  it("a process killed mid-run and restarted sends what was left, once", async () => {
    const clock = manualClock("2026-03-03T10:00:00.000Z");
    const first = await startTestServer({
      seedDemo: false,
      clock,
      rhythm: { ...checkInsOnly, owner: "first", timer: fastTimer, concurrency: 4 },
    });
    const people = await pairsWithCheckIns(first, "x2", 15);
    const before = connector.delivered.length;
    connector.holdAfter(before + 10);
    const run = first.rhythm.runOnce().catch(() => undefined);
    for (let i = 0; i < 400 && !(first.rhythm.sender.stats.sent >= 10 && connector.heldCount() > 0); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(first.rhythm.sender.stats.sent).toBe(10);
    // Killed: the process stops where it is; what it held in flight never reached Teams.
    await first.dispose(true);
    connector.dropHeld();
    await run;
    expect(connector.delivered.length - before).toBe(10);

    clock.advance(10 * 60_000); // the dead instance's leases run out
    const second = await startTestServer({
      seedDemo: false,
      dataDir: first.dataDir,
      clock,
      rhythm: { ...checkInsOnly, owner: "second", timer: fastTimer },
    });
    try {
      await second.rhythm.runOnce();
      await second.rhythm.runOnce();
      for (const p of people) expect(delivered(p.userId), p.userId).toHaveLength(1);
    } finally {
      await second.dispose();
    }
  });
});

describe("a Teams that says 429 and 403", () => {
  it("backs off (honouring Retry-After), retries, marks blocked people, creates a missing chat, and loses nothing", async () => {
    const clock = manualClock("2026-03-03T10:00:00.000Z");
    const server = await startTestServer({
      seedDemo: false,
      clock,
      rhythm: { ...checkInsOnly, owner: "c", timer: fastTimer },
    });
    try {
      const people = await pairsWithCheckIns(server, "x3", 4);
      const [throttled, blocked, unknown, ...rest] = people as [
        PersonSpec,
        PersonSpec,
        PersonSpec,
        ...PersonSpec[],
      ];
      connector.refuse(conversationOf(throttled.userId), 2);
      connector.block(conversationOf(blocked.userId));
      // Someone who never wrote to Baton: no personal reference, but the tenant's endpoint is known.
      await server.repos.store.delete(
        "x3",
        partitionKeys.user("x3", unknown.userId),
        rhythmIds.personalReference(),
      );
      await server.repos.rhythm.saveServiceEndpoint({
        id: rhythmIds.serviceEndpoint(),
        pk: partitionKeys.tenant("x3"),
        tenantId: "x3",
        type: "serviceEndpoint",
        serviceUrl: connector.serviceUrl,
        channelId: "msteams",
        bot: { id: "28:baton-bot" },
        updatedAt: "2026-03-01T00:00:00.000Z",
      });
      const throttledBefore = connector.counts.throttled;
      slept.length = 0;

      await server.rhythm.runOnce();

      expect(delivered(throttled.userId)).toHaveLength(1);
      expect(connector.counts.throttled - throttledBefore).toBe(2);
      expect(slept.filter((ms) => ms >= 1000).length).toBeGreaterThanOrEqual(2);

      expect(delivered(blocked.userId)).toHaveLength(0);
      const ref = await server.repos.rhythm.personalReference("x3", blocked.userId);
      expect(ref?.deadSince).toBeDefined();

      const created = connector.created.find((c) => c.memberId === unknown.userId);
      expect(created).toMatchObject({ tenantId: "x3" });
      expect(connector.delivered.filter((d) => d.conversationId === created?.conversationId)).toHaveLength(1);
      expect((await server.repos.rhythm.personalReference("x3", unknown.userId))?.conversationId).toBe(
        created?.conversationId,
      );

      for (const p of rest) expect(delivered(p.userId)).toHaveLength(1);

      // More due work later: nothing is attempted towards the blocked person again.
      const forbiddenBefore = connector.counts.forbidden;
      await addAction(server.repos, "x3", "p0", "later", blocked.userId, "2026-03-05");
      clock.set("2026-03-04T10:00:00.000Z");
      await server.rhythm.runOnce();
      expect(connector.counts.forbidden).toBe(forbiddenBefore);
    } finally {
      await server.dispose();
    }
  });

  it("a lost 1:1 chat (404 ConversationNotFound) is created again and the check-in resent; the run goes on", async () => {
    const clock = manualClock("2026-03-03T10:00:00.000Z");
    const server = await startTestServer({
      seedDemo: false,
      clock,
      rhythm: { ...checkInsOnly, owner: "d", timer: fastTimer },
    });
    try {
      const [lost, fine] = (await pairsWithCheckIns(server, "x5", 2)) as [PersonSpec, PersonSpec];
      connector.lose(conversationOf(lost.userId));
      await expect(server.rhythm.runOnce()).resolves.toBeDefined();
      expect(delivered(fine.userId)).toHaveLength(1);
      const created = connector.created.find((c) => c.memberId === lost.userId && c.tenantId === "x5");
      expect(connector.delivered.filter((d) => d.conversationId === created?.conversationId)).toHaveLength(1);
      expect(server.rhythm.sender.stats.failed).toBe(0);
      // Sent once: the next tick sends nothing more.
      await server.rhythm.runOnce();
      expect(connector.delivered.filter((d) => d.conversationId === created?.conversationId)).toHaveLength(1);
    } finally {
      await server.dispose();
    }
  });
});
