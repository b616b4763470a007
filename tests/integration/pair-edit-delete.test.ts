import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

/** Real time, moved forward by the test (the restore window). */
let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };

let server: TestServer;
let priya: string;
let oskar: string;
let tom: string;
let marco: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [priya, oskar, tom, marco] = (await Promise.all(
    ["u-priya", "u-oskar", "u-tom", "u-marco"].map((id) => server.signIn(id)),
  )) as [string, string, string, string];
}, 180_000); // a loaded shared machine can take most of a minute to start a server
afterAll(() => server.dispose());

const PAIR = "/api/pairs/oskar-priya";

/** A call with an optional `If-Match` header (the ETag travels there for deletes). */
async function call(
  token: string,
  method: string,
  route: string,
  opts: { body?: unknown; ifMatch?: string } = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(server.url + route, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(opts.ifMatch ? { "if-match": opts.ifMatch } : {}),
      ...(opts.body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const view = async (token = priya, pair = PAIR) => (await call(token, "GET", pair)).body;

async function newGoal(milestones = ["Read the audit", "Draft the checklist"]) {
  const res = await call(priya, "POST", `${PAIR}/goals`, {
    body: { title: "Own the firewall audit", milestones: milestones.map((title) => ({ title })) },
  });
  expect(res.status).toBe(201);
  return res.body;
}
async function newAction(extra: object = {}) {
  const res = await call(priya, "POST", `${PAIR}/action-items`, {
    body: { title: "Book the review room", ownerId: "u-priya", dueDate: "2026-12-10", ...extra },
  });
  expect(res.status).toBe(201);
  return res.body;
}
async function newSession() {
  const res = await call(priya, "POST", `${PAIR}/sessions`, {
    body: { at: "2026-11-25T09:00:00.000Z", template: "regular", sharedNotes: "Talked about audits." },
  });
  expect(res.status).toBe(201);
  return res.body;
}
async function newNote(token = priya, extra: object = {}) {
  const res = await call(token, "POST", `${PAIR}/private-notes`, {
    body: { text: `NOTE-${Math.random()}`, ...extra },
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Each kind: how to make one, its route, and a valid and an invalid correction. */
const kinds = [
  {
    name: "goal",
    make: () => newGoal(),
    route: (d: any) => `${PAIR}/goals/${d.goalId}`,
    list: "goals",
    id: "goalId",
    patch: { title: "Own the quarterly firewall audit", targetDate: "2027-03-01" },
    bad: [{ title: " " }, "title"],
  },
  {
    name: "milestone",
    make: () => newGoal(),
    route: (d: any) => `${PAIR}/goals/${d.goalId}/milestones/${d.milestones[0].milestoneId}`,
    list: "goals",
    id: "goalId",
    patch: { title: "Read last quarter's audit", done: true },
    bad: [{ targetDate: "soon" }, "targetDate"],
  },
  {
    name: "action item",
    make: () => newAction(),
    route: (d: any) => `${PAIR}/action-items/${d.actionItemId}`,
    list: "actionItems",
    id: "actionItemId",
    patch: { title: "Book the big review room", ownerId: "u-oskar", dueDate: null },
    bad: [{ ownerId: "u-tom" }, "ownerId"],
  },
  {
    name: "session",
    make: () => newSession(),
    route: (d: any) => `${PAIR}/sessions/${d.sessionId}`,
    list: "sessions",
    id: "sessionId",
    patch: { at: "2026-11-26T10:00:00.000Z", durationMinutes: 30, sharedNotes: "Corrected." },
    bad: [{ durationMinutes: 2 }, "durationMinutes"],
  },
  {
    name: "private note",
    make: () => newNote(),
    route: (d: any) => `${PAIR}/private-notes/${d.noteId}`,
    list: "privateNotes",
    id: "noteId",
    patch: { text: "Corrected note" },
    bad: [{ text: "" }, "text"],
  },
] as const;

describe.each(kinds)("a $name", (kind) => {
  it("is corrected with PATCH under its ETag (If-Match); a stale ETag is a 412 with the reload message", async () => {
    const doc = await kind.make();
    const ok = await call(priya, "PATCH", kind.route(doc), { body: kind.patch, ifMatch: doc._etag });
    expect(ok.status).toBe(200);
    const stale = await call(priya, "PATCH", kind.route(doc), { body: kind.patch, ifMatch: doc._etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.message).toMatch(/Reload to see their change/);
    const missing = await call(priya, "PATCH", kind.route(doc), { body: kind.patch });
    expect(missing).toMatchObject({ status: 400, body: { error: { field: "etag" } } });
    const [badBody, field] = kind.bad;
    const bad = await call(priya, "PATCH", kind.route(doc), { body: badBody, ifMatch: ok.body._etag });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe(field);
    expect(bad.body.error.message).toContain(field);
  });

  it("is deleted under its ETag, gone from the workspace, and restored exactly as it was", async () => {
    const doc = await kind.make();
    const before = (await view())[kind.list].find((d: any) => d[kind.id] === doc[kind.id]);
    const stale = await call(priya, "DELETE", kind.route(doc), { ifMatch: '"not-the-etag"' });
    expect(stale.status).toBe(412);
    expect(stale.body.error.message).toMatch(/Reload/);
    expect(
      (await call(priya, "DELETE", kind.route(doc))).body.error.field,
      "a delete without If-Match names the ETag",
    ).toBe("etag");

    const deleted = await call(priya, "DELETE", kind.route(doc), { ifMatch: doc._etag });
    expect(deleted.status).toBe(200);
    expect(deleted.body.restoreUntil > deleted.body.deletedAt).toBe(true);
    const during = (await view())[kind.list].find((d: any) => d[kind.id] === doc[kind.id]);
    if (kind.name === "milestone")
      expect(during.milestones.map((m: any) => m.title)).toEqual(["Draft the checklist"]);
    else expect(during).toBeUndefined();

    // A "reload" later: a fresh request restores it from the server's copy.
    const restored = await call(priya, "POST", `${kind.route(doc)}/restore`);
    expect(restored.status).toBe(200);
    const after = (await view())[kind.list].find((d: any) => d[kind.id] === doc[kind.id]);
    const { _etag: _a, updatedAt: _u1, ...was } = before;
    const { _etag: _b, updatedAt: _u2, ...now } = after;
    expect(now).toEqual(was);
    // Restoring twice finds nothing left to restore.
    expect((await call(priya, "POST", `${kind.route(doc)}/restore`)).status).toBe(404);
  });

  it("is a 404 for someone outside the pair and for an id of another pair", async () => {
    const doc = await kind.make();
    const route = kind.route(doc);
    for (const [method, extra] of [
      ["PATCH", { body: kind.patch, ifMatch: doc._etag }],
      ["DELETE", { ifMatch: doc._etag }],
      ["POST", {}],
    ] as const) {
      const path = method === "POST" ? `${route}/restore` : route;
      expect((await call(tom, method, path, extra)).status).toBe(404);
      // Marco, in another pair, names this item through his own pair: not there.
      const viaOwnPair = path.replace("/pairs/oskar-priya/", "/pairs/amara-marco/");
      expect((await call(marco, method, viaOwnPair, extra)).status).toBe(404);
    }
    expect((await view())[kind.list].some((d: any) => d[kind.id] === doc[kind.id])).toBe(true);
  });
});

describe("a closed pair stays read-only", () => {
  const routes: [string, string, object][] = [
    ["PATCH", "/api/pairs/david-tom/sessions/s-d-final", { body: { sharedNotes: "x" }, ifMatch: "x" }],
    ["DELETE", "/api/pairs/david-tom/sessions/s-d-final", { ifMatch: "x" }],
    ["POST", "/api/pairs/david-tom/sessions/s-d-final/restore", {}],
    ["PATCH", "/api/pairs/david-tom/goals/g-any", { body: { title: "x" }, ifMatch: "x" }],
    ["DELETE", "/api/pairs/david-tom/goals/g-any", { ifMatch: "x" }],
    ["DELETE", "/api/pairs/david-tom/goals/g-any/milestones/m-1", { ifMatch: "x" }],
    ["POST", "/api/pairs/david-tom/goals/g-any/milestones/m-1/restore", {}],
    ["DELETE", "/api/pairs/david-tom/action-items/a-any", { ifMatch: "x" }],
    ["DELETE", "/api/pairs/david-tom/private-notes/n-any", { ifMatch: "x" }],
  ];
  it.each(routes)("%s %s is a 409 that says the pair is closed", async (method, route, opts) => {
    const before = await view(tom, "/api/pairs/david-tom");
    const res = await call(tom, method, route, opts);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/closed/i);
    expect(await view(tom, "/api/pairs/david-tom")).toEqual(before);
  });
});

describe("no dangling references", () => {
  it("deleting a session unlinks its action items and notes; restoring links them again", async () => {
    const session = await newSession();
    const action = await newAction({ sessionId: session.sessionId });
    const mine = await newNote(priya, { sessionId: session.sessionId });
    const his = await newNote(oskar, { sessionId: session.sessionId });
    const deleted = await call(priya, "DELETE", `${PAIR}/sessions/${session.sessionId}`, {
      ifMatch: session._etag,
    });
    expect(deleted.status).toBe(200);
    // The answer names the session only: nothing of anyone's notes.
    expect(JSON.stringify(deleted.body)).not.toContain(his.noteId);
    expect(JSON.stringify(deleted.body)).not.toContain(mine.noteId);
    const linked = (v: any) => [
      v.actionItems.find((a: any) => a.actionItemId === action.actionItemId).sessionId,
      v.privateNotes.find((n: any) => n.noteId === mine.noteId)?.sessionId,
    ];
    expect(linked(await view(priya))).toEqual([undefined, undefined]);
    const oskarsNote = (await view(oskar)).privateNotes.find((n: any) => n.noteId === his.noteId);
    expect(oskarsNote.sessionId).toBeUndefined();

    expect((await call(priya, "POST", `${PAIR}/sessions/${session.sessionId}/restore`)).status).toBe(200);
    expect(linked(await view(priya))).toEqual([session.sessionId, session.sessionId]);
    expect((await view(oskar)).privateNotes.find((n: any) => n.noteId === his.noteId).sessionId).toBe(
      session.sessionId,
    );
  });

  it("an action item restored after its session was deleted comes back without the link", async () => {
    const session = await newSession();
    const action = await newAction({ sessionId: session.sessionId });
    await call(priya, "DELETE", `${PAIR}/action-items/${action.actionItemId}`, { ifMatch: action._etag });
    await call(priya, "DELETE", `${PAIR}/sessions/${session.sessionId}`, { ifMatch: session._etag });
    const restored = await call(priya, "POST", `${PAIR}/action-items/${action.actionItemId}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.sessionId).toBeUndefined();
  });

  it("a goal deleted with its milestones takes them along; a milestone of a deleted goal waits for it", async () => {
    const goal = await newGoal(["One", "Two", "Three"]);
    const m = goal.milestones[1].milestoneId;
    const cut = await call(priya, "DELETE", `${PAIR}/goals/${goal.goalId}/milestones/${m}`, {
      ifMatch: goal._etag,
    });
    expect(cut.status).toBe(200);
    const after = (await view()).goals.find((g: any) => g.goalId === goal.goalId);
    expect(after.milestones.map((x: any) => x.title)).toEqual(["One", "Three"]);
    const gone = await call(priya, "DELETE", `${PAIR}/goals/${goal.goalId}`, { ifMatch: after._etag });
    expect(gone.status).toBe(200);
    const orphan = await call(priya, "POST", `${PAIR}/goals/${goal.goalId}/milestones/${m}/restore`);
    expect(orphan.status).toBe(409);
    expect(orphan.body.error.message).toMatch(/Restore the goal first/);
    expect((await call(priya, "POST", `${PAIR}/goals/${goal.goalId}/restore`)).status).toBe(200);
    expect((await call(priya, "POST", `${PAIR}/goals/${goal.goalId}/milestones/${m}/restore`)).status).toBe(
      200,
    );
    const back = (await view()).goals.find((g: any) => g.goalId === goal.goalId);
    expect(back.milestones.map((x: any) => x.title)).toEqual(["One", "Two", "Three"]);
  });
});

describe("private notes stay their author's", () => {
  it("only the author can delete or restore a note, and a deleted note never reaches the partner", async () => {
    const note = await newNote(priya);
    const route = `${PAIR}/private-notes/${note.noteId}`;
    expect((await call(oskar, "DELETE", route, { ifMatch: note._etag })).status).toBe(404);
    expect((await call(oskar, "PATCH", route, { body: { text: "x" }, ifMatch: note._etag })).status).toBe(
      404,
    );
    const deleted = await call(priya, "DELETE", route, { ifMatch: note._etag });
    expect(deleted.status).toBe(200);
    expect((await call(oskar, "POST", `${route}/restore`)).status).toBe(404);
    for (const path of [PAIR, "/api/me"])
      expect(JSON.stringify((await call(oskar, "GET", path)).body)).not.toContain(note.text);
    expect(JSON.stringify(await view(priya))).not.toContain(note.text);
    expect((await call(priya, "POST", `${route}/restore`)).body.text).toBe(note.text);
  });
});

describe("the restore window", () => {
  it("is 24 hours; later a restore is a 409 that says so", async () => {
    const action = await newAction();
    const route = `${PAIR}/action-items/${action.actionItemId}`;
    expect((await call(priya, "DELETE", route, { ifMatch: action._etag })).status).toBe(200);
    offsetMs = 25 * 3_600_000;
    try {
      const late = await call(priya, "POST", `${route}/restore`);
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/24 hours/);
    } finally {
      offsetMs = 0;
    }
    expect((await call(priya, "POST", `${route}/restore`)).status).toBe(200);
  });
});
