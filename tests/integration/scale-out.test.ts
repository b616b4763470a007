import { matchingIds, partitionKeys, rhythmKeys } from "@baton/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_DASHBOARD_PROGRAM_ID } from "../../bot/src/demo/seed-dashboard-demo";
import type { BatonServer } from "../../bot/src/server";
import { reminderId } from "../../bot/src/rhythm/planner";
import type { SenderLimits } from "../../bot/src/rhythm/reliable-sender";
import { busiestWindow, startInstances, type Instances } from "../support/instances";
import {
  addPair,
  addPerson,
  addProgram,
  addSession,
  conversationOf,
  manualClock,
} from "../support/rhythm-fixtures";
import { startTeamsConnector, type TeamsConnector } from "../support/teams-connector";
import { cardText, meInvoke, searchValue } from "../support/me-invoke";
import { SEARCH_READ_TTL_MS } from "../../bot/src/messaging-extension/program-index";

// A small tenant limit keeps the test short while the three instances together could send far faster.
const LIMIT = 4;
const limits: SenderLimits = {
  tenant: { limit: LIMIT, windowMs: 1000, spacingMs: 1000 / (LIMIT - 0.5) },
  conversation: { limit: 6, windowMs: 1000 },
};
const TENANT = "scale";
const PEOPLE = 24;

/** PEOPLE people in pairs, each with a check-in due now (written as the planner would). */
async function dueCheckIns(server: BatonServer, serviceUrl: string, now: Date): Promise<string[]> {
  const repos = server.repos;
  await addProgram(repos, TENANT, { start: "2026-01-01", end: "2026-12-31" });
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    userId: `p${i}`,
    name: `Person ${i}`,
    timeZone: "UTC",
  }));
  await Promise.all(people.map((p) => addPerson(repos, TENANT, p, serviceUrl)));
  const hour = now.toISOString().slice(0, 13);
  for (let j = 0; j < PEOPLE / 2; j++) {
    const pairId = `pair${j}`;
    await addPair(repos, TENANT, {
      pairId,
      mentor: people[2 * j]!,
      mentee: people[2 * j + 1]!,
      createdAt: "2026-02-20T00:00:00.000Z",
      cadence: "monthly",
    });
    await addSession(repos, TENANT, pairId, `s${j}`, "2026-03-03T08:30:00.000Z");
    for (const p of [people[2 * j]!, people[2 * j + 1]!]) {
      const key = `check-in:${pairId}:s${j}:${p.userId}`;
      await repos.reminders.createReminder({
        id: reminderId(key),
        pk: rhythmKeys.dueBucket(TENANT, hour),
        tenantId: TENANT,
        type: "reminder",
        kind: "check-in",
        recipientId: p.userId,
        pairId,
        dueAt: "2026-03-03T09:30:00.000Z",
        sendAt: "2026-03-03T09:30:00.000Z",
        idempotencyKey: key,
        subject: { sessionId: `s${j}`, at: "2026-03-03T08:30:00.000Z", partnerName: "Your partner" },
        status: "pending",
        attempts: 0,
        createdAt: now.toISOString(),
      });
    }
  }
  return people.map((p) => p.userId);
}

/** All instances tick together until nothing is left over. */
async function sendAll(servers: BatonServer[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const stats = await Promise.all(servers.map((s) => s.rhythm.tick()));
    if (stats.every((s) => s.deferred === 0)) return;
  }
}

describe("scale-out: several instances on one Cosmos DB", { timeout: 240_000 }, () => {
  let connector: TeamsConnector;
  const running: Instances[] = [];
  beforeAll(async () => {
    connector = await startTeamsConnector({ perTenant: { limit: LIMIT, windowMs: 1000 } });
  });
  afterAll(async () => {
    for (const i of running) await i.stop();
    await connector?.close();
  });

  it("three instances send each reminder once and together stay under the tenant's rate", async () => {
    const clock = manualClock("2026-03-03T10:00:00.000Z");
    const instances = await startInstances(1, (i) => ({
      clock,
      rhythm: { owner: `instance-${i}`, lookbackHours: 0, limits },
    }));
    running.push(instances);
    const { servers } = instances;
    const people = await dueCheckIns(servers[0]!, connector.serviceUrl, clock.now());
    // The other two start once the tenant exists, as in steady state: an instance re-reads the list of
    // tenants at most once a minute, so one started before the tenant's first pair would sit this out.
    await instances.add();
    await instances.add();
    const before = connector.delivered.length;

    await sendAll(servers);

    const delivered = connector.delivered.slice(before);
    for (const userId of people)
      expect(
        delivered.filter((d) => d.conversationId === conversationOf(userId)),
        userId,
      ).toHaveLength(1);
    // The combined rate: never more than the limit in any second, and no storm of refusals. Three
    // instances each pacing itself to the limit (the old design) would offer three times the limit and
    // have most sends refused; the shared schedule leaves only the odd 429 from a late timer on a busy machine.
    expect(busiestWindow(delivered.map((d) => d.at))).toBeLessThanOrEqual(LIMIT);
    expect(connector.counts.throttled).toBeLessThanOrEqual(PEOPLE / 4);
    // Each reminder counted once across the instances, and the work shared: an instance claims at most
    // `concurrency` (16) people before its first send, so the others find the rest.
    const sent = servers.map((s) => s.rhythm.sender.stats.sent);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(PEOPLE);
    expect(sent.filter((n) => n > 0).length, `sent per instance: ${sent.join(" / ")}`).toBeGreaterThanOrEqual(
      2,
    );
  });

  /** Two instances on one store with the demo data (seeded by the first) and dev sign-in. */
  async function demoPair(): Promise<[BatonServer, BatonServer]> {
    const instances = await startInstances(2, (i) => ({
      env: { BATON_DEV_SIGNIN: "1", BATON_SEED_DEMO: i === 0 ? "1" : "0" },
      rhythm: { sharedRate: false },
    }));
    running.push(instances);
    return instances.servers as [BatonServer, BatonServer];
  }

  it("runs matching once per program across two instances (the run lease)", async () => {
    const [a, b] = await demoPair();
    const signIn = async (s: BatonServer) => {
      const res = await fetch(`${s.url}/api/dev/signin`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId: "u-ines", tenantId: "contoso-demo" }),
      });
      return ((await res.json()) as { token: string }).token;
    };
    const run = async (s: BatonServer, token: string) =>
      (
        await fetch(`${s.url}/api/programs/${DEMO_DASHBOARD_PROGRAM_ID}/matching/runs`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: "{}",
        })
      ).status;
    const [ta, tb] = [await signIn(a), await signIn(b)];
    const pk = partitionKeys.program("contoso-demo", DEMO_DASHBOARD_PROGRAM_ID);
    const state = () =>
      b.repos.store.read<{ id: string; pk: string; tenantId: string; type: string; running?: unknown }>(
        "contoso-demo",
        pk,
        matchingIds.state(),
      );

    const first = run(a, ta).catch((e: unknown) => e);
    // Instance B sees A's lease in Cosmos DB and refuses a second run while A's is in progress.
    for (let i = 0; i < 500 && !(await state())?.running; i++) await new Promise((r) => setTimeout(r, 5));
    expect((await state())?.running).toBeTruthy();
    expect(await run(b, tb)).toBe(412); // "A matching run is already in progress for this program."
    expect(await first).toBe(201);
    const runs = await b.repos.store.queryPartition("contoso-demo", pk, "c.type = 'matchRun'");
    expect(runs).toHaveLength(1);
    // Once A's run is over, B may run: nothing about the lease lives in A's memory.
    expect(await run(b, tb)).toBe(201);
  });

  it("a search on one instance sees a mentor paused on another within a second (the search stamp)", async () => {
    const [a, b] = await demoPair();
    const elif = { tenantId: "contoso-demo", userId: "u-elif", name: "Elif Demir" };
    const search = async () =>
      cardText(
        (
          await meInvoke(
            b.url,
            "https://teams.invalid",
            "composeExtension/query",
            searchValue("findMentor", "kubernetes"),
            elif,
          )
        ).body,
      );
    const amara = (await (
      await fetch(`${a.url}/api/dev/signin`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userId: "u-amara", tenantId: "contoso-demo" }),
      })
    ).json()) as { token: string };
    const pause = (action: "pause" | "resume") =>
      fetch(`${a.url}/api/me/${action}`, {
        method: "POST",
        headers: { authorization: `Bearer ${amara.token}`, "content-type": "application/json" },
        body: "{}",
      });

    expect(await search()).toContain("Amara Okafor"); // B builds its index and remembers the stamp
    expect((await pause("pause")).status).toBe(200); // on A: A's write listener changes the stamp
    await new Promise((r) => setTimeout(r, SEARCH_READ_TTL_MS + 50));
    expect(await search()).not.toContain("Amara Okafor");
    expect((await pause("resume")).status).toBe(200);
    await new Promise((r) => setTimeout(r, SEARCH_READ_TTL_MS + 50));
    expect(await search()).toContain("Amara Okafor");
  });
});
