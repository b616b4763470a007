import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JoinableProgramView, MatchingView, ProgramSetupView } from "@baton/shared";
import { actionData, botClient, texts, walk, type Card, type Who } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { teamsActivity, postActivity } from "../support/activities";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

// A brand-new tenant: nothing seeded, nobody known, no settings.
const TENANT = `t-fresh-${randomUUID().slice(0, 8)}`;
const OTHER_TENANT = `t-other-${randomUUID().slice(0, 8)}`;
const person = (userId: string, name: string, tenantId = TENANT): Who => ({ tenantId, userId, name });
const alice = person("u-alice", "Alice Ahlberg");
const bob = person("u-bob", "Bob Brown");
const carol = person("u-carol", "Carol Chen");
const dave = person("u-dave", "Dave Dahl");
const eve = person("u-eve", "Eve Eriksen");
const frank = person("u-frank", "Frank Fischer");
const gina = person("u-gina", "Gina Garcia");
const hank = person("u-hank", "Hank Holm");
const GROUP_CHAT = "19:team-chat@thread.v2";

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const tokens: Record<string, string> = {};
const sign = async (who: Who) =>
  (tokens[`${who.tenantId}|${who.userId}`] ??= await server.signIn(who.userId, who.tenantId, who.name));
const call = async (who: Who, method: string, route: string, body?: unknown) =>
  server.call(await sign(who), method, route, body);
const botOf = (who: Who) => botClient(() => server.url, connector, who);
const allCards: Card[] = [];
let programId = "";
let etag = "";

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer({ seedDemo: false }), startLocalConnector()]);
});
afterAll(async () => {
  for (const card of allCards) assertValidAdaptiveCard(card);
  await Promise.all([server.dispose(), connector.close()]);
});

const stepOf = (card: Card | undefined) =>
  actionData(card ?? {}, "intake.submit")?.step as string | undefined;

/** Answers every intake step on the card until "You're in". */
async function completeIntake(
  client: ReturnType<typeof botOf>,
  first: Card,
  answers: { learn: string; offer: string; capacity: string; team: string },
  pid: string,
): Promise<Card> {
  let card = first;
  for (let i = 0; i < 10 && stepOf(card); i++) {
    const step = stepOf(card) as string;
    const values: Record<string, Record<string, unknown>> = {
      about: {
        role: "Engineer",
        team: answers.team,
        managerId: "none",
        level: "mid",
        timeZone: "Europe/Berlin",
      },
      learn: { learn: answers.learn, goals: "Run our Azure landing zone changes on my own by summer." },
      offer: { offer: answers.offer },
      levels: Object.fromEntries(
        walk(card)
          .filter((n) => n.type === "Input.ChoiceSet" && /^(learn|offer)_/.test(String(n.id)))
          .map((n) => [n.id, String(n.id).startsWith("learn") ? "1" : "4"]),
      ),
      ways: {
        styles: "hands-on",
        communication: "chat",
        formats: "one-to-one",
        teamPreference: "cross-team",
        availability: "0-am,2-pm",
      },
      capacity: { mentorCapacity: answers.capacity },
      consent: { consent: "true" },
    };
    const res = await client.execute("intake.submit", {
      programId: pid,
      mode: "join",
      step,
      ...values[step],
    });
    card = res.card as Card;
    allCards.push(card);
  }
  return card;
}

describe("a brand-new tenant sets up its first program", () => {
  it("lets the first person create a program: a draft they own, and they become Baton admin", async () => {
    const before = await call(alice, "GET", "/api/settings");
    expect(before.body).toEqual({ isAdmin: false, canCreatePrograms: true, settings: null });

    const res = await call(alice, "POST", "/api/programs", {
      name: "Cloud skills 2027",
      purpose: "skill-transfer",
    });
    expect(res.status).toBe(201);
    const view = res.body as ProgramSetupView;
    expect(view.program).toMatchObject({
      name: "Cloud skills 2027",
      purpose: "skill-transfer",
      status: "draft",
      ownerIds: ["u-alice"],
      templateId: "skill-transfer",
      tenantId: TENANT,
    });
    expect(view.program.programId).toMatch(/^p-/);
    expect(view.program.skills.some((s) => s.id === "azure" && s.critical)).toBe(true);
    expect(view.owners).toEqual([{ userId: "u-alice", displayName: "Alice Ahlberg" }]);
    expect(view.nextStatuses).toEqual(["open"]);
    expect(view.joinLink).toBe(`${server.url}/tab/join/${view.program.programId}`);
    programId = view.program.programId;
    etag = view.program._etag as string;

    const after = (await call(alice, "GET", "/api/settings")).body;
    expect(after).toMatchObject({
      isAdmin: true,
      canCreatePrograms: true,
      settings: { adminIds: ["u-alice"] },
    });
    expect((await call(alice, "GET", "/api/programs")).body).toEqual([
      expect.objectContaining({ programId, status: "draft", name: "Cloud skills 2027" }),
    ]);
  });

  it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
    const bad = async (method: string, route: string, body: unknown, field: string) => {
      const res = await call(alice, method, route, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.field).toBe(field);
    };
    await bad("POST", "/api/programs", { purpose: "skill-transfer" }, "name");
    await bad("POST", "/api/programs", { name: "X", purpose: "fun" }, "purpose");
    await bad("POST", "/api/programs", { name: "X", purpose: "leadership", template: "nope" }, "template");
    await bad("POST", "/api/programs", "not json", "body");
    const setup = `/api/programs/${programId}/setup`;
    await bad("PATCH", setup, { name: "No etag" }, "etag");
    await bad("PATCH", setup, { etag, cohortStart: "2027-05-01", cohortEnd: "2027-04-01" }, "cohortEnd");
    await bad("PATCH", setup, { etag, minGroupSize: 1 }, "minGroupSize");
    await bad(
      "PATCH",
      setup,
      { etag, outcomes: [{ kind: "retention-12m", baseline: 140 }] },
      "outcomes.0.baseline",
    );
    await bad("PATCH", setup, { etag, matchingWeights: { skill: 500 } }, "matchingWeights.skill");
    await bad("PUT", `/api/programs/${programId}/people`, { etag, ownerIds: [] }, "ownerIds");
    await bad("PUT", `/api/programs/${programId}/people`, { etag, sponsorIds: ["u-stranger"] }, "sponsorIds");
    await bad("POST", `/api/programs/${programId}/status`, { to: "running" }, "to");
    expect((await call(alice, "GET", "/api/programs")).body).toHaveLength(1);
  });

  it("is invisible to join while it is a draft", async () => {
    const bobBot = botOf(bob);
    await bobBot.install();
    const card = (await bobBot.say("join"))[0]?.attachments?.[0]?.content as Card;
    allCards.push(card);
    expect(texts(card).join(" ")).toMatch(/No program is open/);
  });

  it("keeps both owners' edits: the second stale save gets 412 and succeeds after a reload", async () => {
    await botOf(carol).install(); // Carol is now known in the tenant
    const people = (await call(alice, "GET", "/api/people?q=car")).body;
    expect(people).toEqual([{ userId: "u-carol", displayName: "Carol Chen" }]);
    const added = await call(alice, "PUT", `/api/programs/${programId}/people`, {
      etag,
      ownerIds: ["u-alice", "u-carol"],
    });
    expect(added.status).toBe(200);
    expect((added.body as ProgramSetupView).owners.map((o) => o.displayName)).toEqual([
      "Alice Ahlberg",
      "Carol Chen",
    ]);

    const [a, c] = await Promise.all([
      call(alice, "GET", `/api/programs/${programId}/setup`),
      call(carol, "GET", `/api/programs/${programId}/setup`),
    ]);
    const agendas = structuredClone(a.body.program.agendaTemplates);
    agendas.first[0].heading = "Coffee and introductions";
    const saved = await call(alice, "PATCH", `/api/programs/${programId}/setup`, {
      etag: a.body.program._etag,
      agendaTemplates: agendas,
    });
    expect(saved.status).toBe(200);
    const stale = await call(carol, "PATCH", `/api/programs/${programId}/setup`, {
      etag: c.body.program._etag,
      cadence: "weekly",
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.message).toMatch(/Reload/);
    const reloaded = (await call(carol, "GET", `/api/programs/${programId}/setup`)).body as ProgramSetupView;
    const second = await call(carol, "PATCH", `/api/programs/${programId}/setup`, {
      etag: reloaded.program._etag,
      cadence: "weekly",
    });
    expect(second.status).toBe(200);
    expect(second.body.program).toMatchObject({ cadence: "weekly" });
    expect(second.body.program.agendaTemplates.first[0].heading).toBe("Coffee and introductions");
    etag = second.body.program._etag;
  });

  it("opens the program; then join from anyone of the tenant starts intake, which Bob completes", async () => {
    const res = await call(alice, "POST", `/api/programs/${programId}/open`);
    expect(res.status).toBe(200);
    expect(res.body.program.status).toBe("open");
    expect(res.body.nextStatuses).toEqual(["running"]);

    const bobBot = botOf(bob);
    const first = (await bobBot.say("join"))[0]?.attachments?.[0]?.content as Card;
    expect(stepOf(first)).toBe("about");
    const done = await completeIntake(
      bobBot,
      first,
      { learn: "azure", offer: "", capacity: "0", team: "Service desk" },
      programId,
    );
    expect(texts(done).join(" ")).toMatch(/You're in, Bob/);
    expect(await server.repos.intake.getEnrolment(TENANT, programId, "u-bob")).toMatchObject({
      status: "completed",
      roles: ["mentee"],
    });
  });

  it("lets a person who is not enrolled join from the tab: the form arrives in their chat with Baton, once", async () => {
    await botOf(hank).install(); // Baton's personal app (tab and bot) is installed for Hank
    const joinable = (await call(hank, "GET", "/api/me/joinable-programs")).body as JoinableProgramView[];
    expect(joinable).toEqual([
      expect.objectContaining({
        programId,
        name: "Cloud skills 2027",
        purpose: "skill-transfer",
        started: false,
      }),
    ]);
    connector.received.length = 0;
    const res = await call(hank, "POST", `/api/programs/${programId}/join`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      programId,
      programName: "Cloud skills 2027",
      outcome: "sent",
      chatLink: null,
    });
    const privately = connector.received.filter((r) => r.conversationId === "a:personal-u-hank");
    expect(privately).toHaveLength(1);
    const intake = privately[0]?.activity.attachments[0].content as Card;
    allCards.push(intake);
    expect(stepOf(intake)).toBe("about");
    // Pressing again sends nothing new; the tab now knows Hank started.
    expect((await call(hank, "POST", `/api/programs/${programId}/join`)).body.outcome).toBe("sent");
    expect(connector.received.filter((r) => r.conversationId === "a:personal-u-hank")).toHaveLength(1);
    expect(
      ((await call(hank, "GET", "/api/me/joinable-programs")).body as JoinableProgramView[])[0]?.started,
    ).toBe(true);
    // Drafts, unknown ids and other tenants' programs are not open to him.
    expect((await call(hank, "POST", "/api/programs/p-nope/join")).status).toBe(404);
    const draft = await call(alice, "POST", "/api/programs", { name: "Not yet", purpose: "onboarding" });
    expect((await call(hank, "POST", `/api/programs/${draft.body.program.programId}/join`)).status).toBe(404);
    expect(
      (await call(person("u-hank", "Hank", OTHER_TENANT), "POST", `/api/programs/${programId}/join`)).status,
    ).toBe(404);
    const done = await completeIntake(
      botOf(hank),
      intake,
      { learn: "firewalls", offer: "", capacity: "0", team: "Network" },
      programId,
    );
    expect(texts(done).join(" ")).toMatch(/You're in, Hank/);
    expect((await call(hank, "GET", "/api/me/joinable-programs")).body).toEqual([]);
  });

  it("shares a join card into a group chat once per press; its button sends intake to the person in private", async () => {
    // Baton is installed in a group chat of the tenant.
    await postActivity(
      server.url,
      teamsActivity(
        connector.serviceUrl,
        {
          type: "installationUpdate",
          action: "add",
          conversation: {
            id: GROUP_CHAT,
            conversationType: "groupChat",
            tenantId: TENANT,
            name: "Cloud team",
          },
        },
        alice,
      ),
    );
    const targets = (await call(alice, "GET", `/api/programs/${programId}/share-targets`)).body;
    expect(targets).toEqual([{ conversationId: GROUP_CHAT, kind: "groupChat", label: "Cloud team" }]);
    connector.received.length = 0;
    const requestId = randomUUID().replace(/-/g, "");
    const share = { conversationId: GROUP_CHAT, requestId };
    expect((await call(alice, "POST", `/api/programs/${programId}/share`, share)).body.outcome).toBe("sent");
    expect((await call(alice, "POST", `/api/programs/${programId}/share`, share)).body.outcome).toBe(
      "duplicate",
    );
    const posted = connector.received.filter((r) => r.conversationId === GROUP_CHAT);
    expect(posted).toHaveLength(1);
    const card = posted[0]?.activity.attachments[0].content as Card;
    allCards.push(card);
    expect(texts(card)[0]).toBe("Join Cloud skills 2027");
    expect(actionData(card, "programs.join")).toEqual({ programId });
    const bad = await call(alice, "POST", `/api/programs/${programId}/share`, {
      conversationId: "19:nowhere",
      requestId,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("conversationId");

    // Carol co-owns the program but isn't in that chat: it isn't offered to her, and she can't post there.
    const targetsOf = async (who: Who) =>
      (await call(who, "GET", `/api/programs/${programId}/share-targets`)).body;
    expect(await targetsOf(carol)).toEqual([]);
    const notMine = await call(carol, "POST", `/api/programs/${programId}/share`, {
      conversationId: GROUP_CHAT,
      requestId: randomUUID().replace(/-/g, ""),
    });
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.message).toMatch(/chats and channels you're in/);
    // Teams tells Baton when she is added to the chat, and when she leaves it.
    const membersEvent = (change: "membersAdded" | "membersRemoved") =>
      postActivity(
        server.url,
        teamsActivity(
          connector.serviceUrl,
          {
            type: "conversationUpdate",
            [change]: [{ id: "29:carol", aadObjectId: "u-carol", name: "Carol Chen" }],
            conversation: {
              id: GROUP_CHAT,
              conversationType: "groupChat",
              tenantId: TENANT,
              name: "Cloud team",
            },
          },
          alice,
        ),
      );
    await membersEvent("membersAdded");
    expect(await targetsOf(carol)).toEqual([
      { conversationId: GROUP_CHAT, kind: "groupChat", label: "Cloud team" },
    ]);
    await membersEvent("membersRemoved");
    expect(await targetsOf(carol)).toEqual([]);

    // Carol presses Join in the group chat: she is told privately, and intake arrives in her 1:1 chat.
    connector.received.length = 0;
    const res = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        teamsActivity(
          connector.serviceUrl,
          {
            type: "invoke",
            name: "adaptiveCard/action",
            value: {
              action: { type: "Action.Execute", verb: "programs.join", data: { programId } },
              trigger: "manual",
            },
            conversation: { id: GROUP_CHAT, conversationType: "groupChat", tenantId: TENANT },
          },
          carol,
        ),
      ),
    });
    expect(((await res.json()) as { value: string }).value).toMatch(
      /answered you privately|sent you the first question/,
    );
    const privately = connector.received.filter((r) => r.conversationId === "a:personal-u-carol");
    expect(privately).toHaveLength(1);
    const intake = privately[0]?.activity.attachments[0].content as Card;
    expect(stepOf(intake)).toBe("about");
    const done = await completeIntake(
      botOf(carol),
      intake,
      { learn: "", offer: "azure", capacity: "2", team: "Cloud" },
      programId,
    );
    expect(texts(done).join(" ")).toMatch(/You're in, Carol/);
  });

  it("respects 'owners approve every match': Bob can't ask Carol directly", async () => {
    const res = await call(bob, "POST", "/api/mentor-requests", { programId, mentorId: "u-carol" });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("programId");
    expect(res.body.error.message).toMatch(/owners propose every match/);
    // …and the tab is told, so it offers no "Find a mentor" there.
    const profile = await call(bob, "GET", "/api/me/profile");
    expect(profile.body.programs).toEqual([expect.objectContaining({ programId, menteesMayRequest: false })]);
  });

  it("matches, approves, and the pair works with the program's own agenda", async () => {
    const base = `/api/programs/${programId}/matching`;
    const run = (await call(alice, "POST", `${base}/runs`, {})).body as MatchingView;
    expect(run.proposals.map((p) => `${p.menteeId}>${p.mentorId}`)).toEqual(["u-bob>u-carol"]);
    const approved = await call(alice, "POST", `${base}/approve`, { all: true });
    expect(approved.status).toBe(200);
    const pairId = approved.body.results[0].pairId as string;
    const pair = await call(bob, "GET", `/api/pairs/${pairId}`);
    expect(pair.status).toBe(200);
    expect(pair.body.agendaTemplates.first[0].heading).toBe("Coffee and introductions");
    const session = await call(carol, "POST", `/api/pairs/${pairId}/sessions`, {
      at: new Date().toISOString(),
      durationMinutes: 45,
      template: "first",
      sharedNotes: "",
    });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
    expect(session.body.agenda[0].heading).toBe("Coffee and introductions");
  });
});

describe("program lifecycle and several programs", () => {
  let eveProgram = "";

  it("lets a person choose when several programs are open, and never lists drafts", async () => {
    await botOf(eve).install();
    const created = await call(eve, "POST", "/api/programs", { name: "Leads circle", purpose: "leadership" });
    expect(created.status).toBe(201);
    eveProgram = created.body.program.programId;
    await call(eve, "POST", "/api/programs", { name: "Hidden draft", purpose: "onboarding" });
    expect((await call(eve, "POST", `/api/programs/${eveProgram}/open`)).status).toBe(200);

    const ginaBot = botOf(gina);
    await ginaBot.install();
    const card = (await ginaBot.say("join"))[0]?.attachments?.[0]?.content as Card;
    allCards.push(card);
    const choices = walk(card).filter((n) => n.type === "Action.Execute" && n.verb === "intake.join");
    expect(choices.map((c) => c.data.programId).sort()).toEqual([eveProgram, programId].sort());
    expect(texts(card).join(" ")).not.toMatch(/Hidden draft/);
    const chosen = await ginaBot.execute("intake.join", { programId: eveProgram });
    expect(stepOf(chosen.card)).toBe("about");
  });

  it("moves one step at a time: open → running → closing → closed, and closed programs can't be joined", async () => {
    const move = (to: string) => call(eve, "POST", `/api/programs/${eveProgram}/status`, { to });
    expect((await move("closed")).status).toBe(400);
    expect((await move("running")).body.program.status).toBe("running");
    expect((await move("closing")).body.nextStatuses).toEqual(["closed"]);
    const closed = (await move("closed")).body;
    expect(closed.program.status).toBe("closed");
    expect(closed.program.closedAt).toBeDefined();
    const late = await botOf(gina).execute("intake.join", { programId: eveProgram });
    expect(texts(late.card ?? {}).join(" ")).toMatch(/not open/);
  });

  it("lists an owner's programs in the bot with status and a console link", async () => {
    const card = (await botOf(alice).say("programs"))[0]?.attachments?.[0]?.content as Card;
    allCards.push(card);
    expect(texts(card)).toContain("Cloud skills 2027");
    expect(texts(card)).toContain("Open for intake");
    const links = walk(card)
      .filter((n) => n.type === "Action.OpenUrl")
      .map((n) => n.url);
    expect(links).toContain(`${server.url}/tab/program/${programId}`);
    const none = (await botOf(bob).say("programs"))[0]?.attachments?.[0]?.content as Card;
    allCards.push(none);
    expect(texts(none).join(" ")).toMatch(/don't run a program yet/);
  });
});

describe("who may see and change a program", () => {
  it("gives 404 on every owner route to a participant, a sponsor, another program's owner and another tenant", async () => {
    await botOf(dave).install();
    const setup = (await call(alice, "GET", `/api/programs/${programId}/setup`)).body as ProgramSetupView;
    const sponsored = await call(alice, "PUT", `/api/programs/${programId}/people`, {
      etag: setup.program._etag,
      sponsorIds: ["u-dave"],
    });
    expect(sponsored.body.sponsors).toEqual([{ userId: "u-dave", displayName: "Dave Dahl" }]);
    const fresh = sponsored.body.program._etag as string;
    const p = `/api/programs/${programId}`;
    const routes: [string, string, unknown?][] = [
      ["GET", `${p}/setup`],
      ["PATCH", `${p}/setup`, { etag: fresh, name: "Taken over" }],
      ["PUT", `${p}/people`, { etag: fresh, ownerIds: ["u-x"] }],
      ["POST", `${p}/open`],
      ["POST", `${p}/status`, { to: "running" }],
      ["GET", `${p}/share-targets`],
      ["POST", `${p}/share`, { conversationId: GROUP_CHAT, requestId: "abcdefgh123" }],
      ["GET", `${p}/intake`],
      ["GET", `${p}/matching`],
      ["POST", `${p}/matching/runs`, {}],
      ["POST", `${p}/matching/approve`, { all: true }],
    ];
    const outsiders = [bob, dave, eve, person("u-alice", "Alice in another tenant", OTHER_TENANT)];
    for (const who of outsiders)
      for (const [method, route, body] of routes) {
        const res = await call(who, method, route, body);
        expect(res.status, `${who.tenantId}/${who.userId} ${method} ${route}`).toBe(404);
      }
    const after = (await call(alice, "GET", `${p}/setup`)).body as ProgramSetupView;
    expect(after.program).toMatchObject({
      name: "Cloud skills 2027",
      ownerIds: ["u-alice", "u-carol"],
      status: "open",
    });
  });

  it("keeps people search inside the tenant", async () => {
    await call(person("u-zed", "Carla Other", OTHER_TENANT), "GET", "/api/settings");
    const found = (await call(alice, "GET", "/api/people?q=CAR")).body as { userId: string }[];
    expect(found.map((f) => f.userId)).toEqual(["u-carol"]);
  });

  it("lets admins limit program creation to listed people, and only admins change that", async () => {
    const settings = (await call(alice, "GET", "/api/settings")).body;
    const denied = await call(bob, "PATCH", "/api/settings", {
      etag: settings.settings._etag,
      programCreation: "listed",
    });
    expect(denied.status).toBe(403);
    const empty = await call(alice, "PATCH", "/api/settings", {
      etag: settings.settings._etag,
      adminIds: [],
    });
    expect(empty.body.error.field).toBe("adminIds");
    const limited = await call(alice, "PATCH", "/api/settings", {
      etag: settings.settings._etag,
      programCreation: "listed",
      adminIds: ["u-alice", "u-carol"],
    });
    expect(limited.status).toBe(200);
    expect(limited.body.settings.admins.map((a: { displayName: string }) => a.displayName)).toEqual([
      "Alice Ahlberg",
      "Carol Chen",
    ]);
    await call(frank, "GET", "/api/settings");
    expect((await call(frank, "GET", "/api/settings")).body).toEqual({
      isAdmin: false,
      canCreatePrograms: false,
      settings: null,
    });
    expect((await call(frank, "POST", "/api/programs", { name: "Mine", purpose: "onboarding" })).status).toBe(
      403,
    );
    const stale = await call(carol, "PATCH", "/api/settings", {
      etag: settings.settings._etag,
      creatorIds: ["u-frank"],
    });
    expect(stale.status).toBe(412);
    const current = (await call(carol, "GET", "/api/settings")).body;
    await call(carol, "PATCH", "/api/settings", { etag: current.settings._etag, creatorIds: ["u-frank"] });
    expect((await call(frank, "POST", "/api/programs", { name: "Mine", purpose: "onboarding" })).status).toBe(
      201,
    );
  });
});
