import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let priya: string;
let oskar: string;
let tom: string;

beforeAll(async () => {
  server = await startTestServer();
  [priya, oskar, tom] = await Promise.all([
    server.signIn("u-priya"),
    server.signIn("u-oskar"),
    server.signIn("u-tom"),
  ]);
});
afterAll(() => server.dispose());

const PAIR = "/api/pairs/oskar-priya";

describe("pair routes are for members only", () => {
  const routes: [string, string, unknown][] = [
    ["GET", PAIR, undefined],
    ["PUT", `${PAIR}/agreement`, { etag: "x", terms: {} }],
    ["POST", `${PAIR}/agreement/confirm`, { etag: "x" }],
    ["POST", `${PAIR}/goals`, { title: "Steal a goal" }],
    ["PUT", `${PAIR}/goals/g-firewall`, { etag: "x", title: "t", milestones: [] }],
    ["POST", `${PAIR}/action-items`, { title: "t", ownerId: "u-tom" }],
    ["PATCH", `${PAIR}/action-items/a-runbook`, { etag: "x", done: true }],
    ["POST", `${PAIR}/sessions`, { at: "2026-11-01T10:00:00.000Z", template: "regular" }],
    ["PATCH", `${PAIR}/sessions/s-first`, { etag: "x", sharedNotes: "hijack" }],
    ["POST", `${PAIR}/private-notes`, { text: "t" }],
    ["PATCH", `${PAIR}/private-notes/n-priya-1`, { etag: "x", text: "t" }],
    ["GET", "/api/chats/chat-1/pair", undefined],
    ["PUT", "/api/chats/chat-1/pair", { pairId: "oskar-priya" }],
  ];

  it.each(routes)("%s %s gives a non-member 404 and changes nothing", async (method, route, body) => {
    const before = await server.call(priya, "GET", PAIR);
    const res = await server.call(tom, method, route, body);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain("Priya");
    const after = await server.call(priya, "GET", PAIR);
    expect(after.body).toEqual(before.body);
  });

  it("needs a valid token", async () => {
    expect((await server.call(undefined, "GET", PAIR)).status).toBe(401);
    expect((await server.call("not-a-token", "GET", PAIR)).status).toBe(401);
  });

  it("a member of another tenant cannot see a pair with the same id", async () => {
    const stranger = await server.signIn("u-priya", "fabrikam");
    const res = await server.call(stranger, "GET", PAIR);
    expect(res.status).toBe(404);
  });
});

describe("malformed input", () => {
  const bad: [string, string, unknown, string][] = [
    ["POST", `${PAIR}/action-items`, { title: "", ownerId: "u-priya" }, "title"],
    ["POST", `${PAIR}/action-items`, { title: "Read RFC 4271", ownerId: "u-tom" }, "ownerId"],
    [
      "POST",
      `${PAIR}/action-items`,
      { title: "Read RFC 4271", ownerId: "u-priya", dueDate: "next week" },
      "dueDate",
    ],
    ["POST", `${PAIR}/goals`, { title: "Goal", milestones: [{ title: "" }] }, "milestones.0.title"],
    ["POST", `${PAIR}/sessions`, { at: "yesterday", template: "regular" }, "at"],
    ["POST", `${PAIR}/sessions`, { at: "2026-11-01T10:00:00.000Z", template: "weekly" }, "template"],
    ["POST", `${PAIR}/private-notes`, { text: "   " }, "text"],
    ["PUT", `${PAIR}/agreement`, { terms: {} }, "etag"],
    ["POST", `${PAIR}/action-items`, "{not json", "body"],
  ];

  it.each(bad)("%s %s answers 400 naming %s and writes nothing", async (method, route, body, field) => {
    const before = await server.call(priya, "GET", PAIR);
    const res = await server.call(priya, method, route, body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toContain(field === "body" ? "body" : field.split(".")[0]);
    const after = await server.call(priya, "GET", PAIR);
    expect(after.body).toEqual(before.body);
  });

  it("an agreement whose end is before its start is refused with the field named", async () => {
    const view = (await server.call(priya, "GET", PAIR)).body;
    const terms = { ...view.agreement.terms, endDate: "2000-01-01" };
    const res = await server.call(priya, "PUT", `${PAIR}/agreement`, { etag: view.agreement._etag, terms });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("terms.endDate");
  });

  it("an agreement whose goals were emptied is refused with the field named, and no version is added", async () => {
    const view = (await server.call(priya, "GET", PAIR)).body;
    const terms = { ...view.agreement.terms, goals: "   " };
    const res = await server.call(priya, "PUT", `${PAIR}/agreement`, { etag: view.agreement._etag, terms });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("terms.goals");
    expect((await server.call(priya, "GET", PAIR)).body.agreement.version).toBe(view.agreement.version);
  });
});

describe("private notes", () => {
  it("never appear in any response to the other member", async () => {
    const created = await server.call(priya, "POST", `${PAIR}/private-notes`, { text: "SECRET-priya-only" });
    expect(created.status).toBe(201);
    const mine = await server.call(priya, "GET", PAIR);
    expect(mine.body.privateNotes.map((n: { text: string }) => n.text)).toContain("SECRET-priya-only");
    for (const route of [PAIR, "/api/me"]) {
      const theirs = await server.call(oskar, "GET", route);
      expect(theirs.status).toBe(200);
      expect(JSON.stringify(theirs.body)).not.toContain("SECRET-priya-only");
      expect(JSON.stringify(theirs.body)).not.toContain("felt unsure saying no");
    }
    const viaOskar = await server.call(oskar, "PATCH", `${PAIR}/private-notes/${created.body.noteId}`, {
      etag: created.body._etag,
      text: "overwritten",
    });
    expect(viaOskar.status).toBe(404);
    const still = await server.call(priya, "GET", PAIR);
    expect(
      still.body.privateNotes.find((n: { noteId: string }) => n.noteId === created.body.noteId).text,
    ).toBe("SECRET-priya-only");
  });
});

describe("the workspace end to end", () => {
  it("agreement: edit, both confirm, a later change needs both again, history kept", async () => {
    const sara = await server.signIn("u-sara");
    const kenji = await server.signIn("u-kenji");
    const start = (await server.call(sara, "GET", "/api/pairs/kenji-sara")).body.agreement;
    expect(start).toMatchObject({ status: "draft", version: 1 });
    const terms = { ...start.terms, goals: "Sara runs a tabletop incident exercise." };
    const edited = await server.call(sara, "PUT", "/api/pairs/kenji-sara/agreement", {
      etag: start._etag,
      terms,
    });
    expect(edited.status).toBe(200);
    const c1 = await server.call(sara, "POST", "/api/pairs/kenji-sara/agreement/confirm", {
      etag: edited.body._etag,
    });
    expect(c1.body.status).toBe("draft");
    const c2 = await server.call(kenji, "POST", "/api/pairs/kenji-sara/agreement/confirm", {
      etag: c1.body._etag,
    });
    expect(c2.body.status).toBe("confirmed");
    const changed = await server.call(kenji, "PUT", "/api/pairs/kenji-sara/agreement", {
      etag: c2.body._etag,
      terms: { ...terms, meetingLengthMinutes: 60 },
    });
    expect(changed.body).toMatchObject({ status: "draft", version: 2, confirmations: {} });
    expect(
      changed.body.history.some(
        (h: { event: string; terms?: unknown }) => h.event === "confirmed" && h.terms,
      ),
    ).toBe(true);
  });

  it("a stale ETag is refused with 412 and loses nothing", async () => {
    const sara = await server.signIn("u-sara");
    const kenji = await server.signIn("u-kenji");
    const item = await server.call(sara, "POST", "/api/pairs/kenji-sara/action-items", {
      title: "Book the exercise room",
      ownerId: "u-sara",
      dueDate: "2026-12-01",
    });
    expect(item.status).toBe(201);
    const first = await server.call(
      kenji,
      "PATCH",
      `/api/pairs/kenji-sara/action-items/${item.body.actionItemId}`,
      {
        etag: item.body._etag,
        title: "Book the big exercise room",
      },
    );
    expect(first.status).toBe(200);
    const second = await server.call(
      sara,
      "PATCH",
      `/api/pairs/kenji-sara/action-items/${item.body.actionItemId}`,
      {
        etag: item.body._etag,
        done: true,
      },
    );
    expect(second.status).toBe(412);
    expect(second.body.error.message).toMatch(/reload/i);
    const view = (await server.call(sara, "GET", "/api/pairs/kenji-sara")).body;
    const stored = view.actionItems.find(
      (a: { actionItemId: string }) => a.actionItemId === item.body.actionItemId,
    );
    expect(stored).toMatchObject({ title: "Book the big exercise room", done: false });
  });

  it("goals track milestone progress; sessions get the template's agenda", async () => {
    const goal = await server.call(priya, "POST", `${PAIR}/goals`, {
      title: "Own the quarterly firewall audit",
      milestones: [{ title: "Read last quarter's audit" }, { title: "Draft the checklist" }],
    });
    expect(goal.status).toBe(201);
    const ticked = await server.call(oskar, "PUT", `${PAIR}/goals/${goal.body.goalId}`, {
      etag: goal.body._etag,
      title: goal.body.title,
      milestones: goal.body.milestones.map((m: object, i: number) => ({ ...m, done: i === 0 })),
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.milestones[0]).toMatchObject({ done: true });
    expect(ticked.body.milestones[0].doneAt).toBeTruthy();
    expect(ticked.body.milestones[1].done).toBe(false);
    const session = await server.call(priya, "POST", `${PAIR}/sessions`, {
      at: "2026-11-20T09:30:00.000Z",
      template: "midpoint",
      sharedNotes: "Halfway there.",
    });
    expect(session.status).toBe(201);
    expect(session.body.agenda.map((a: { heading: string }) => a.heading)).toContain("Goal review");
  });

  it("My mentoring shows each active pair at a glance, from the pair's own documents", async () => {
    const me = (await server.call(oskar, "GET", "/api/me")).body;
    const pair = (await server.call(oskar, "GET", PAIR)).body;
    const glance = me.glances["oskar-priya"];
    const open = pair.actionItems.filter((i: { done: boolean }) => !i.done);
    expect(glance.openActions).toBe(open.length);
    expect(glance.overdueActions).toBeGreaterThanOrEqual(1);
    expect(glance.goals.map((g: { title: string }) => g.title)).toEqual(
      pair.goals.map((g: { title: string }) => g.title),
    );
    expect(glance.expectedPerMonth).toBe(2);
    expect(glance.nextSession?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Nothing private travels with it.
    expect(JSON.stringify(me)).not.toContain("ready for more ownership");
  });

  it("My mentoring lists my pairs and what is due", async () => {
    const me = await server.call(oskar, "GET", "/api/me");
    expect(me.status).toBe(200);
    expect(me.body.pairs.map((p: { pairId: string }) => p.pairId)).toEqual(["oskar-priya"]);
    expect(me.body.ownedPrograms).toEqual([]);
    const owner = await server.call(await server.signIn("u-ines"), "GET", "/api/me");
    // Ines owns both demo programs (the second is the dashboard demo's larger one).
    expect(owner.body.ownedPrograms).toEqual([
      { programId: "it-knowledge-2026", name: "IT knowledge transfer 2026" },
      { programId: "service-desk-onboarding", name: "Service desk onboarding 2025-26" },
    ]);
    expect(me.body.due).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "action-overdue", title: "Share the firewall exception runbook" }),
      ]),
    );
  });

  it("a member links a group chat to the pair, and only members can resolve it", async () => {
    const linked = await server.call(oskar, "PUT", "/api/chats/19%3Achat-op%40thread.v2/pair", {
      pairId: "oskar-priya",
    });
    expect(linked).toMatchObject({ status: 200, body: { pairId: "oskar-priya" } });
    expect((await server.call(priya, "GET", "/api/chats/19%3Achat-op%40thread.v2/pair")).body).toEqual({
      pairId: "oskar-priya",
    });
    expect((await server.call(tom, "GET", "/api/chats/19%3Achat-op%40thread.v2/pair")).status).toBe(404);
    const missing = await server.call(oskar, "PUT", "/api/chats/abc/pair", {});
    expect(missing).toMatchObject({ status: 400, body: { error: { field: "pairId" } } });
  });

  it("a chat linked to one pair cannot be taken over by another pair's member (409)", async () => {
    const marco = await server.signIn("u-marco");
    const chat = "/api/chats/19%3Achat-takeover%40thread.v2/pair";
    expect((await server.call(priya, "PUT", chat, { pairId: "oskar-priya" })).status).toBe(200);
    const takeover = await server.call(marco, "PUT", chat, { pairId: "amara-marco" });
    expect(takeover.status).toBe(409);
    expect(takeover.body.error.message).toMatch(/already linked/);
    // Pair A's chat tab keeps its pair.
    expect((await server.call(oskar, "GET", chat)).body).toEqual({ pairId: "oskar-priya" });
    // Re-linking to the same pair is harmless.
    expect((await server.call(oskar, "PUT", chat, { pairId: "oskar-priya" })).status).toBe(200);
  });

  it("concurrent takeovers of a linked chat are all refused", async () => {
    const amara = await server.signIn("u-amara");
    const chat = "/api/chats/19%3Achat-move%40thread.v2/pair";
    expect((await server.call(amara, "PUT", chat, { pairId: "amara-marco" })).status).toBe(200);
    // Two concurrent takeovers by outsiders are both refused, whatever the order.
    const [tomTry, priyaTry] = await Promise.all([
      server.call(tom, "PUT", chat, { pairId: "david-tom" }),
      server.call(priya, "PUT", chat, { pairId: "oskar-priya" }),
    ]);
    expect([tomTry.status, priyaTry.status]).toEqual([409, 409]);
    expect((await server.call(amara, "GET", chat)).body).toEqual({ pairId: "amara-marco" });
  });
});
