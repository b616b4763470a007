import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWithinWorkingHours, localParts } from "@baton/shared";
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
import { assertValidAdaptiveCard } from "../support/validate-card";

const clock = manualClock("2026-03-01T00:00:00.000Z");
let server: TestServer;
let connector: TeamsConnector;
const slept: number[] = [];

beforeAll(async () => {
  connector = await startTeamsConnector();
  server = await startTestServer({
    seedDemo: false,
    clock,
    rhythm: {
      owner: "test",
      timer: {
        nowMs: () => performance.now(),
        sleep: (ms) => {
          slept.push(ms);
          return new Promise((r) => setTimeout(r, Math.min(ms, 5)));
        },
      },
    },
  });
});
afterAll(async () => {
  await server.dispose();
  await connector.close();
});

const to = (userId: string) => connector.delivered.filter((d) => d.conversationId === conversationOf(userId));

async function at(iso: string) {
  clock.set(iso);
  return server.rhythm.runOnce();
}

describe("what is due, at the right local time", () => {
  const tokyo: PersonSpec = { userId: "t1-aiko", name: "Aiko Sato", timeZone: "Asia/Tokyo" };
  const la: PersonSpec = { userId: "t1-lucas", name: "Lucas Reed", timeZone: "America/Los_Angeles" };

  it("sends the check-in after a session's time, inside each person's working hours", async () => {
    const tenant = "t1";
    await addProgram(server.repos, tenant, { start: "2026-01-01", end: "2026-12-31" });
    await addPerson(server.repos, tenant, tokyo, connector.serviceUrl);
    await addPerson(server.repos, tenant, la, connector.serviceUrl);
    await addPair(server.repos, tenant, {
      pairId: "p1",
      mentor: tokyo,
      mentee: la,
      createdAt: "2026-02-25T00:00:00.000Z",
      cadence: "weekly",
    });
    // Monday 2 March, 10:00–11:00 in Tokyo (01:00–02:00 UTC); Sunday 17:00 in Los Angeles.
    await addSession(server.repos, tenant, "p1", "s1", "2026-03-02T01:00:00.000Z");

    await at("2026-03-02T01:30:00.000Z"); // the session is still on
    expect(to(tokyo.userId)).toHaveLength(0);
    await at("2026-03-02T02:01:00.000Z"); // 11:01 Monday in Tokyo
    expect(to(tokyo.userId)).toHaveLength(1);
    const message = to(tokyo.userId)[0]!.activity;
    assertValidAdaptiveCard(message.attachments[0].content, "digest");
    // After the first session, the check-in and the private chemistry check come in one message.
    expect(cardTitles(message)).toEqual([
      "Hi Aiko, 2 things for you",
      "How was your session with Lucas Reed?",
      "Is it working with Lucas?",
    ]);
    expect(to(la.userId)).toHaveLength(0); // Sunday evening in Los Angeles

    await at("2026-03-02T16:59:00.000Z"); // 08:59 Monday in Los Angeles
    expect(to(la.userId)).toHaveLength(0);
    await at("2026-03-02T17:00:00.000Z"); // 09:00
    expect(to(la.userId)).toHaveLength(1);
    expect(cardTitles(to(la.userId)[0]!.activity)).toContain("How was your session with Aiko Sato?");
    await at("2026-03-02T18:00:00.000Z");
    expect(to(tokyo.userId)).toHaveLength(1);
    expect(to(la.userId)).toHaveLength(1);
  });

  it("reminds about an action item the day before it is due, and once when it is overdue", async () => {
    const tenant = "t1";
    await addAction(server.repos, tenant, "p1", "a1", tokyo.userId, "2026-03-05");
    const before = to(tokyo.userId).length;
    await at("2026-03-03T23:59:00.000Z"); // Wednesday 08:59 in Tokyo
    expect(to(tokyo.userId)).toHaveLength(before);
    await at("2026-03-04T00:00:00.000Z"); // Wednesday 09:00 in Tokyo: due tomorrow
    expect(to(tokyo.userId)).toHaveLength(before + 1);
    expect(cardTitles(to(tokyo.userId).at(-1)!.activity)).toContain("Due tomorrow: Action a1");
    await at("2026-03-05T03:00:00.000Z");
    expect(to(tokyo.userId)).toHaveLength(before + 1);
    await at("2026-03-06T00:00:00.000Z"); // Friday 09:00 in Tokyo: overdue
    expect(cardTitles(to(tokyo.userId).at(-1)!.activity)).toContain("Overdue: Action a1");
    await at("2026-03-06T05:00:00.000Z");
    expect(to(tokyo.userId)).toHaveLength(before + 2);
  });
});

describe("a quiet pair, the owner, the cadence and the surveys", () => {
  const tenant = "t2";
  const mentor: PersonSpec = { userId: "t2-maria", name: "Maria Costa", timeZone: "Europe/Lisbon" };
  const mentee: PersonSpec = { userId: "t2-nils", name: "Nils Berg", timeZone: "Europe/Oslo" };
  const owner: PersonSpec = { userId: "t2-olga", name: "Olga Ivanova", timeZone: "Europe/Paris" };

  it("reminds before a session is due, nudges the pair at twice the cadence, then tells the owner (status only)", async () => {
    await addProgram(server.repos, tenant, {
      start: "2026-01-05",
      end: "2026-07-05",
      ownerIds: [owner.userId],
    });
    for (const p of [mentor, mentee, owner]) await addPerson(server.repos, tenant, p, connector.serviceUrl);
    await addPair(server.repos, tenant, {
      pairId: "q1",
      mentor,
      mentee,
      createdAt: "2026-02-01T00:00:00.000Z",
      cadence: "weekly",
    });
    await addSession(server.repos, tenant, "q1", "s-last", "2026-03-02T10:00:00.000Z", true);

    await at("2026-03-07T10:00:00.000Z"); // Saturday: a session is due Monday, but not at the weekend
    expect(to(mentee.userId)).toHaveLength(0);
    await at("2026-03-09T08:00:00.000Z"); // Monday 09:00 in Oslo
    expect(cardTitles(to(mentee.userId)[0]!.activity)).toContain("Time to meet Maria Costa");
    expect(to(mentor.userId)).toHaveLength(0); // 08:00 in Lisbon
    await at("2026-03-09T09:00:00.000Z");
    expect(to(mentor.userId)).toHaveLength(1);

    await at("2026-03-16T10:00:00.000Z"); // 14 days: quiet
    expect(cardTitles(to(mentee.userId).at(-1)!.activity)).toContain(
      "It's been a while since you met Maria Costa",
    );
    expect(to(owner.userId)).toHaveLength(0);
    await at("2026-03-23T10:00:00.000Z"); // 21 days: the owner hears
    expect(to(owner.userId)).toHaveLength(1);
    const escalation = JSON.stringify(to(owner.userId)[0]!.activity);
    expect(escalation).toContain("Maria Costa and Nils Berg haven't met for a while");
    expect(escalation).not.toMatch(/sharedNotes|goal/i);
  });

  it("sends the midpoint survey at 50 % of the program and the wrap-up and final survey near 100 %", async () => {
    // 2026-01-05 → 2026-07-05: the midpoint is 2026-04-05 (a Sunday), so Monday 6 April.
    await at("2026-04-03T12:00:00.000Z");
    expect(to(mentee.userId).flatMap((d) => cardTitles(d.activity))).not.toContain(
      "Halfway there: how is it going?",
    );
    await addSession(server.repos, tenant, "q1", "s-apr", "2026-04-03T09:00:00.000Z", true);
    await at("2026-04-06T10:00:00.000Z");
    const last = to(mentee.userId).at(-1)!.activity;
    expect(cardTitles(last)).toContain("Halfway there: how is it going?");
    assertValidAdaptiveCard(last.attachments[0].content, "survey");
  });
});

describe("respecting people", () => {
  const tenant = "t3";
  const a: PersonSpec = { userId: "t3-ana", name: "Ana Lima", timeZone: "America/Sao_Paulo" };
  const b: PersonSpec = { userId: "t3-ben", name: "Ben Okoro", timeZone: "Africa/Lagos", status: "paused" };

  it("sends nothing to a paused person, batches several items into one message, and never outside working hours", async () => {
    await addProgram(server.repos, tenant, { start: "2026-01-01", end: "2026-12-31" });
    await addPerson(server.repos, tenant, a, connector.serviceUrl);
    await addPerson(server.repos, tenant, b, connector.serviceUrl);
    await addPair(server.repos, tenant, {
      pairId: "r1",
      mentor: a,
      mentee: b,
      createdAt: "2026-04-01T00:00:00.000Z",
      cadence: "weekly",
    });
    await addSession(server.repos, tenant, "r1", "s1", "2026-04-10T12:00:00.000Z");
    for (const id of ["x1", "x2"]) await addAction(server.repos, tenant, "r1", id, a.userId, "2026-04-14");
    await addAction(server.repos, tenant, "r1", "y1", b.userId, "2026-04-14");
    // Saturday to Monday evening: plan every six hours, tick every hour.
    for (
      let t = Date.parse("2026-04-11T00:00:00.000Z");
      t <= Date.parse("2026-04-13T23:00:00.000Z");
      t += 60 * 60_000
    ) {
      clock.set(new Date(t).toISOString());
      if (new Date(t).getUTCHours() % 6 === 0) await server.rhythm.plan();
      await server.rhythm.tick();
    }
    expect(to(b.userId)).toHaveLength(0);
    // Ana: the check-in and two actions due tomorrow (Tuesday), together, Monday 09:00 São Paulo = 12:00 UTC.
    expect(to(a.userId)).toHaveLength(1);
    expect(cardTitles(to(a.userId)[0]!.activity)).toEqual([
      "Hi Ana, 4 things for you",
      "How was your session with Ben Okoro?",
      "Is it working with Ben?",
      "Due tomorrow: Action x1",
      "Due tomorrow: Action x2",
    ]);
    assertValidAdaptiveCard(to(a.userId)[0]!.activity.attachments[0].content, "digest");
  });
});

describe("never outside working hours (a week of ticks over four zones)", () => {
  it("every message arrives on a weekday between 09:00 and 17:00 local", async () => {
    const tenant = "t4";
    const zones = ["Pacific/Auckland", "Asia/Kolkata", "Europe/Berlin", "America/Chicago"];
    await addProgram(server.repos, tenant, { start: "2026-05-01", end: "2026-08-01" });
    const people = zones.map((z, i) => ({ userId: `t4-p${i}`, name: `Person ${i}`, timeZone: z }));
    for (const p of people) await addPerson(server.repos, tenant, p, connector.serviceUrl);
    for (let i = 0; i < people.length; i++) {
      const mentor = people[i]!;
      const mentee = people[(i + 1) % people.length]!;
      const pairId = `w${i}`;
      await addPair(server.repos, tenant, {
        pairId,
        mentor,
        mentee,
        createdAt: "2026-05-01T00:00:00.000Z",
        cadence: "weekly",
      });
      await addSession(server.repos, tenant, pairId, `s${i}`, `2026-05-0${2 + i}T0${i}:30:00.000Z`);
      await addAction(server.repos, tenant, pairId, `a${i}`, mentor.userId, `2026-05-0${5 + i}`);
    }
    const sentAt = new Map<number, number>();
    // Saturday 2 to Friday 8 May: plan every four hours, tick every hour.
    for (
      let t = Date.parse("2026-05-02T00:00:00.000Z");
      t <= Date.parse("2026-05-08T12:00:00.000Z");
      t += 60 * 60_000
    ) {
      const before = connector.delivered.length;
      clock.set(new Date(t).toISOString());
      if (new Date(t).getUTCHours() % 4 === 0) await server.rhythm.plan();
      await server.rhythm.tick();
      for (let k = before; k < connector.delivered.length; k++) sentAt.set(k, t);
    }
    let checked = 0;
    for (const [k, t] of sentAt) {
      const d = connector.delivered[k]!;
      const person = people.find((p) => conversationOf(p.userId) === d.conversationId);
      if (!person) continue;
      checked++;
      const local = localParts(new Date(t), person.timeZone);
      expect(
        isWithinWorkingHours(new Date(t), person.timeZone),
        `${person.timeZone} ${JSON.stringify(local)}`,
      ).toBe(true);
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});
