import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardTables } from "@baton/shared";
import { botClient } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { meInvoke, searchValue, type Caller } from "../support/me-invoke";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

/** Issue 15: export, erasure end to end, and the "nowhere" walk over every read route and role. */
const TENANT = "contoso-demo";
const OSKAR_NOTE = "Priya is ready for more ownership; let her lead the next review.";
const PRIYA_NOTE = "Ask Oskar how he decides when an exception is too risky";
let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
  for (const [id, tenant] of [
    ["u-priya", TENANT],
    ["u-oskar", TENANT],
    ["u-ines", TENANT],
    ["u-lucia", TENANT],
    ["u-elif", TENANT],
  ] as const)
    tokens[id] = await server.signIn(id, tenant);
  tokens.stranger = await server.signIn("u-ines", "fabrikam", "Ines Elsewhere");
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

const who = (userId: string, name: string, tenantId = TENANT): Caller => ({ tenantId, userId, name });

/** Every GET route with its parameters filled in with real ids, plus the searches that take a query. */
async function readRoutes(): Promise<string[]> {
  const programs = (await server.repos.programs.list(TENANT)).map((p) => p.programId);
  const roster = await server.repos.store.queryPartition<
    { pairId: string } & { id: string; pk: string; tenantId: string; type: string }
  >(TENANT, `t:${TENANT}|rhythm`, "c.type = 'rhythmPair'");
  // The erased person's pair, and one pair he was never in.
  const pairs = ["oskar-priya", roster.map((r) => r.pairId).find((id) => id !== "oskar-priya")!];
  const fill: Record<string, string[]> = {
    programId: programs,
    pairId: pairs,
    userId: ["u-oskar", "u-priya"],
    menteeId: ["u-oskar", "u-priya"],
    chatId: ["19:nochat@thread.v2"],
    channelId: ["19:demo@thread.tacv2"],
  };
  const out: string[] = [];
  for (const route of server.apiRoutes) {
    if (route.method !== "GET" || route.path.startsWith("/dev")) continue;
    const names = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
    if (names.some((n) => !fill[n])) continue;
    let paths = [route.path];
    for (const n of names)
      paths = paths.flatMap((p) => fill[n]!.map((v) => p.replace(`:${n}`, encodeURIComponent(v))));
    out.push(...paths.map((p) => `/api${p}`));
  }
  for (const programId of programs) {
    out.push(`/api/programs/${programId}/people?q=oskar`, `/api/programs/${programId}/people?q=lindqvist`);
    out.push(`/api/programs/${programId}/matching/why-not?menteeId=u-priya&mentorId=u-amara`);
    for (const table of dashboardTables) out.push(`/api/programs/${programId}/dashboard.csv?table=${table}`);
  }
  out.push("/api/people?q=oskar", "/api/people?q=lind", "/api/me/export?format=html");
  return out;
}

const ROLES = ["u-priya", "u-ines", "u-lucia", "u-elif", "stranger"] as const;

/** Every response text (API routes as every role, and messaging-extension searches). */
async function everyResponse(roles: readonly string[] = ROLES): Promise<{ where: string; text: string }[]> {
  const out: { where: string; text: string }[] = [];
  const routes = await readRoutes();
  for (const role of roles)
    for (const route of routes) {
      const res = await server.call(tokens[role], "GET", route);
      expect(res.status, `${role} ${route}`).toBeLessThan(500);
      out.push({
        where: `${role} GET ${route}`,
        text: typeof res.body === "string" ? res.body : JSON.stringify(res.body),
      });
    }
  const callers = [who("u-priya", "Priya Raman"), who("u-elif", "Elif Demir"), who("u-ines", "Ines Moreau")];
  for (const caller of callers)
    for (const [command, q] of [
      ["findMentor", "firewall"],
      ["findMentor", "oskar"],
      ["findMentor", undefined],
      ["findResource", "runbook"],
      ["findResource", undefined],
      ["myActionItems", undefined],
    ] as const) {
      const res = await meInvoke(
        server.url,
        connector.serviceUrl,
        "composeExtension/query",
        searchValue(command, q),
        caller,
      );
      out.push({ where: `${caller.userId} ME ${command} ${q ?? ""}`, text: JSON.stringify(res.body) });
    }
  return out;
}

const leaks = (responses: { where: string; text: string }[]) =>
  responses
    .filter(({ text }) => /oskar lindqvist|u-oskar/i.test(text) || text.includes(OSKAR_NOTE))
    .map((r) => r.where);

describe("My data: export", () => {
  it("holds my profile, pairs with shared content, my notes and answers, never my partner's", async () => {
    const res = await server.call(tokens["u-priya"], "GET", "/api/me/export");
    expect(res.status).toBe(200);
    const data = res.body;
    expect(data.format).toBe("baton-my-data/1");
    expect(data.profile.userId).toBe("u-priya");
    expect(data.enrolments.length).toBeGreaterThan(0);
    const pair = data.pairs.find((p: any) => p.pair.pairId === "oskar-priya");
    expect(pair.agreement.history.length).toBeGreaterThan(0);
    expect(pair.goals.length).toBeGreaterThan(0);
    expect(pair.actionItems.length).toBeGreaterThan(0);
    expect(pair.sessions.length).toBeGreaterThan(0);
    expect(pair.privateNotes.map((n: any) => n.text).join()).toContain(PRIYA_NOTE);
    const text = JSON.stringify(data);
    expect(text).not.toContain(OSKAR_NOTE);
    for (const list of ["checkIns", "chemistryAnswers"])
      for (const p of data.pairs) for (const a of p[list]) expect(a.userId).toBe("u-priya");
    for (const s of data.surveyAnswers) expect(s.userId).toBe("u-priya");
    expect(text).not.toMatch(/"pk"|"_etag"/);
    const html = await fetch(`${server.url}/api/me/export?format=html`, {
      headers: { authorization: `Bearer ${tokens["u-priya"]}` },
    });
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(html.headers.get("content-disposition")).toMatch(/attachment/);
    const page = await html.text();
    expect(page).toContain(PRIYA_NOTE);
    expect(page).not.toContain(OSKAR_NOTE);
  });

  it("the bot's `my data` answers with a card that opens the My data page", async () => {
    const priya = botClient(() => server.url, connector, {
      tenantId: TENANT,
      userId: "u-priya",
      name: "Priya Raman",
    });
    await priya.say("my data");
    const card = priya.cards.at(-1)!;
    assertValidAdaptiveCard(card);
    expect(JSON.stringify(card)).toContain(`${server.url}/tab/my-data`);
  });
});

describe("My data: erasure", () => {
  it("refuses any body but the exact confirmation, naming `confirm`", async () => {
    for (const body of [{}, { confirm: "yes" }, "erase my data", [], { confirm: "ERASE MY DATA" }]) {
      const res = await server.call(tokens["u-oskar"], "POST", "/api/me/erase", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field).toBe("confirm");
    }
    expect((await server.call(tokens["u-oskar"], "GET", "/api/me/profile")).status).toBe(200);
  });

  it(
    "erases Oskar: his pair ends without fault, Priya is told kindly, and his name, id and notes are nowhere",
    { timeout: 180_000 },
    async () => {
      // Priya talks to Baton here, so the kind message reaches this connector.
      await botClient(() => server.url, connector, {
        tenantId: TENANT,
        userId: "u-priya",
        name: "Priya Raman",
      }).say("help");
      await server.dashboard.flush();
      const before = leaks(await everyResponse(["u-priya", "u-ines"]));
      expect(before.length, "the walk must see Oskar before the erasure").toBeGreaterThan(5);

      const sent = connector.received.length;
      const res = await server.call(tokens["u-oskar"], "POST", "/api/me/erase", { confirm: "erase my data" });
      expect([200, 202]).toContain(res.status);
      for (let i = 0; i < 100; i++) {
        const state = await server.call(tokens["u-oskar"], "GET", "/api/me/erase");
        if (state.body.status === "done") break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await server.call(tokens["u-oskar"], "GET", "/api/me/erase")).body.status).toBe("done");
      expect((await server.call(tokens["u-oskar"], "GET", "/api/me/profile")).status).toBe(404);
      // Idempotent: again is a 200 and changes nothing.
      expect(
        (await server.call(tokens["u-oskar"], "POST", "/api/me/erase", { confirm: "erase my data" })).status,
      ).toBe(200);

      const told = connector.received.slice(sent).map((r) => JSON.stringify(r.activity));
      expect(told.some((t) => t.includes("Your mentoring match has ended"))).toBe(true);
      expect(told.join()).not.toMatch(/Oskar/);

      const workspace = await server.call(tokens["u-priya"], "GET", "/api/pairs/oskar-priya");
      expect(workspace.status).toBe(200);
      expect(workspace.body.pair.status).toBe("ended");
      const text = JSON.stringify(workspace.body);
      expect(text).toContain("A former participant");
      expect(text).toContain(PRIYA_NOTE);
      expect(
        workspace.body.actionItems.some((a: any) => a.title === "Share the firewall exception runbook"),
      ).toBe(true);

      await server.dashboard.flush();
      await server.dashboard.runOnce();
      const after = leaks(await everyResponse());
      expect(after).toEqual([]);
    },
  );
});
