import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGREEMENT_HISTORY_POLICY } from "@baton/shared";
import { botClient, texts } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { manualClock } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";

// Issue 9, item 7: every field has a realistic range, every reference is checked, no broken text is
// stored, and a document's history is bounded. Each refusal is a 400 naming the field, nothing written.
const clock = manualClock("2026-03-03T13:00:00.000Z");
let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
let priya: string;
let ines: string;

beforeAll(async () => {
  connector = await startLocalConnector();
  server = await startTestServer({ clock });
  [priya, ines] = await Promise.all([server.signIn("u-priya"), server.signIn("u-ines")]);
});
afterAll(async () => {
  await server.dispose();
  await connector.close();
});

const PAIR = "/api/pairs/oskar-priya";
const PROGRAM = "/api/programs/it-knowledge-2026";
/** Half of the emoji 😀 (U+1F600 is \uD83D\uDE00): not valid Unicode text. */
const LONE = "Read the runbook \uD83D";

describe("pair documents refuse out-of-range values and dangling references", () => {
  const bad: [string, string, string, unknown, string][] = [
    [
      "duplicate milestone ids",
      "POST",
      `${PAIR}/goals`,
      {
        title: "Own the audit",
        milestones: [
          { milestoneId: "m1", title: "Read" },
          { milestoneId: "m1", title: "Write" },
        ],
      },
      "milestones.1.milestoneId",
    ],
    [
      "a session in year 0000",
      "POST",
      `${PAIR}/sessions`,
      { at: "0000-01-01T10:00:00.000Z", template: "regular" },
      "at",
    ],
    [
      "a session in year 9999",
      "POST",
      `${PAIR}/sessions`,
      { at: "9999-01-01T10:00:00.000Z", template: "regular" },
      "at",
    ],
    [
      "an action item due in year 9999",
      "POST",
      `${PAIR}/action-items`,
      { title: "Later", ownerId: "u-priya", dueDate: "9999-12-31" },
      "dueDate",
    ],
    [
      "an action item of a session not in the pair",
      "POST",
      `${PAIR}/action-items`,
      { title: "Follow up", ownerId: "u-priya", sessionId: "s-nowhere" },
      "sessionId",
    ],
    [
      "a private note of a session not in the pair",
      "POST",
      `${PAIR}/private-notes`,
      { text: "Felt good", sessionId: "s-nowhere" },
      "sessionId",
    ],
    [
      "a lone surrogate in a title",
      "POST",
      `${PAIR}/action-items`,
      { title: LONE, ownerId: "u-priya" },
      "title",
    ],
    ["a lone surrogate in a note", "POST", `${PAIR}/private-notes`, { text: `\uDE00 ${LONE}` }, "text"],
    [
      "a lone surrogate in a milestone",
      "POST",
      `${PAIR}/goals`,
      { title: "Goal", milestones: [{ title: LONE }] },
      "milestones.0.title",
    ],
    [
      "a lone surrogate in shared notes",
      "POST",
      `${PAIR}/sessions`,
      { at: "2026-02-01T10:00:00.000Z", template: "regular", sharedNotes: LONE },
      "sharedNotes",
    ],
  ];

  it.each(bad)("%s: 400 naming the field, nothing written", async (_what, method, route, body, field) => {
    const before = await server.call(priya, "GET", PAIR);
    const res = await server.call(priya, method, route, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    const after = await server.call(priya, "GET", PAIR);
    expect(after.body).toEqual(before.body);
  });

  it("an action item of one of the pair's own sessions is accepted", async () => {
    const view = (await server.call(priya, "GET", PAIR)).body;
    const sessionId = view.sessions[0].sessionId as string;
    const res = await server.call(priya, "POST", `${PAIR}/action-items`, {
      title: "Follow up on the session 😀",
      ownerId: "u-priya",
      sessionId,
    });
    expect(res.status).toBe(201);
    expect(res.body.title).toBe("Follow up on the session 😀");
  });

  it("an agreement edited with a lone surrogate or dates out of range is refused", async () => {
    const view = (await server.call(priya, "GET", PAIR)).body;
    const { etag, terms } = { etag: view.agreement._etag, terms: view.agreement.terms };
    for (const [patch, field] of [
      [{ boundaries: LONE }, "terms.boundaries"],
      [{ endDate: "2999-01-01" }, "terms.endDate"],
      [{ channels: ["Teams", "Teams"] }, "terms.channels.1"],
    ] as const) {
      const res = await server.call(priya, "PUT", `${PAIR}/agreement`, {
        etag,
        terms: { ...terms, ...patch },
      });
      expect(res.status, field).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
  });
});

describe("other inputs refuse broken text and out-of-range values", () => {
  it("profile, mentor request, program setup and resources", async () => {
    const profile = (await server.call(priya, "GET", "/api/me/profile")).body;
    let res = await server.call(priya, "PUT", "/api/me/profile", { etag: profile.etag, role: LONE });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("role");
    res = await server.call(priya, "POST", "/api/me/pause", { until: "9999-01-01" });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("until");

    const setup = (await server.call(ines, "GET", `${PROGRAM}/setup`)).body;
    const etag = setup.program._etag as string;
    res = await server.call(ines, "PATCH", `${PROGRAM}/setup`, { etag, name: LONE });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("name");
    res = await server.call(ines, "PATCH", `${PROGRAM}/setup`, { etag, cohortStart: "1970-01-01" });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("cohortStart");

    res = await server.call(ines, "POST", `${PROGRAM}/resources`, {
      title: LONE,
      url: "https://example.com/runbook",
      kind: "runbook",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("title");
    res = await server.call(ines, "POST", `${PROGRAM}/resources`, {
      title: "Runbook",
      url: "https://example.com/runbook",
      kind: "runbook",
      skillIds: ["networking", "networking"],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("skillIds.1");
  });
});

describe("agreement history is bounded", () => {
  it("1,000 edits through the API keep the first entry, the confirmed versions and the latest ones", async () => {
    const sara = await server.signIn("u-sara");
    const kenji = await server.signIn("u-kenji");
    const route = "/api/pairs/kenji-sara/agreement";
    let doc = (await server.call(sara, "GET", "/api/pairs/kenji-sara")).body.agreement;
    // One confirmed version first, so the policy has one to keep.
    let res = await server.call(sara, "PUT", route, {
      etag: doc._etag,
      terms: { ...doc.terms, goals: "Confirmed goal" },
    });
    res = await server.call(sara, "POST", `${route}/confirm`, { etag: res.body._etag });
    res = await server.call(kenji, "POST", `${route}/confirm`, { etag: res.body._etag });
    expect(res.body.status).toBe("confirmed");
    doc = res.body;
    for (let i = 0; i < 1000; i++) {
      res = await server.call(i % 2 ? sara : kenji, "PUT", route, {
        etag: doc._etag,
        terms: { ...doc.terms, goals: `Edit ${i}` },
      });
      expect(res.status).toBe(200);
      doc = res.body;
    }
    const history = doc.history as { event: string; at: string; terms?: { goals: string } }[];
    expect(history.length).toBeLessThanOrEqual(AGREEMENT_HISTORY_POLICY.maxEntries);
    expect(history.length).toBeLessThanOrEqual(500);
    expect(history[0]!.event).toBe("drafted");
    expect(history.find((h) => h.event === "confirmed")?.terms?.goals).toBe("Confirmed goal");
    expect(history.at(-1)).toMatchObject({ event: "edited" });
    expect(doc.terms.goals).toBe("Edit 999");
    expect(history.filter((h) => h.event === "edited").length).toBe(AGREEMENT_HISTORY_POLICY.recent);
  }, 180_000);
});

describe("the bot answers out-of-range input with the form and the problem", () => {
  it("log a session in 1999 or with a broken title is refused on the card; nothing written", async () => {
    const marco = { tenantId: "contoso-demo", userId: "u-marco", name: "Marco Rossi" };
    const client = botClient(() => server.url, connector, marco);
    await client.install();
    const token = await server.signIn("u-marco");
    const before = (await server.call(token, "GET", "/api/pairs/amara-marco")).body;
    let answer = await client.execute("session.log", {
      pairId: "amara-marco",
      date: "1999-03-02",
      usefulness: "5",
    });
    expect(texts(answer.card!).join(" ")).toMatch(/date/i);
    answer = await client.execute("session.log", {
      pairId: "amara-marco",
      date: "2026-03-02",
      usefulness: "5",
      actionTitle: LONE,
    });
    expect(texts(answer.card!).join(" ")).toMatch(/broken character/i);
    const after = (await server.call(token, "GET", "/api/pairs/amara-marco")).body;
    expect(after.sessions).toEqual(before.sessions);
    expect(after.actionItems).toEqual(before.actionItems);
  });
});
