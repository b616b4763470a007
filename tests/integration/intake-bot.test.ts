import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intakeIds, formatCalendarDate } from "@baton/shared";
import { actionData, botClient, inputOf, problemUnder, texts, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const nadia = { tenantId: TENANT, userId: "u-nadia", name: "Nadia Novak" };

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const bot = () => botClient(() => server.url, connector, nadia);
let nadiaBot: ReturnType<typeof bot>;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
  nadiaBot = bot();
});
afterAll(async () => {
  for (const card of nadiaBot.cards) assertValidAdaptiveCard(card);
  await Promise.all([server.dispose(), connector.close()]);
});

const stepOf = (card: Card | undefined) =>
  actionData(card ?? {}, "intake.submit")?.step as string | undefined;
const submit = async (step: string, values: Record<string, unknown>) => {
  const res = await nadiaBot.execute(
    "intake.submit",
    { programId: PROGRAM, mode: "join", step, ...values },
    `step ${step}`,
  );
  expect(res.card).toBeDefined();
  return res.card as Card;
};
const intakeDoc = () => server.repos.intake.getIntake(TENANT, nadia.userId, intakeIds.join(PROGRAM));

describe("intake over HTTP through CloudAdapter", () => {
  it("greets a new person on install with the open program and a Join button", async () => {
    const replies = await nadiaBot.install();
    expect(replies).toHaveLength(1);
    const card = replies[0]?.attachments?.[0]?.content as Card;
    expect(texts(card).join(" ")).toContain("Hi Nadia Novak, I'm Baton");
    expect(actionData(card, "intake.join")).toEqual({ programId: PROGRAM });
    const ref = await server.repos.people.getConversationReference(
      TENANT,
      nadia.userId,
      `a:personal-${nadia.userId}`,
    );
    expect(ref?.scope).toBe("personal");
  });

  it("walks through every step, naming bad input next to its field and saving nothing from it", async () => {
    let card = (await nadiaBot.execute("intake.join", { programId: PROGRAM }, "join")).card as Card;
    expect(stepOf(card)).toBe("about");
    expect((await server.repos.intake.getEnrolment(TENANT, PROGRAM, nadia.userId))?.status).toBe("started");

    // About you.
    card = await submit("about", {
      role: "x",
      team: "",
      managerId: "u-nobody",
      level: "boss",
      timeZone: "Mars/Base",
    });
    expect(stepOf(card)).toBe("about");
    expect(problemUnder(card, "role")).toMatch(/role/);
    expect(problemUnder(card, "team")).toMatch(/team/);
    expect(problemUnder(card, "managerId")).toMatch(/manager/);
    expect(problemUnder(card, "level")).toMatch(/experience/);
    expect(problemUnder(card, "timeZone")).toMatch(/time zone/);
    expect(inputOf(card, "role")?.value).toBe("x"); // what they typed is kept on the card
    expect((await intakeDoc())?.draft.role).toBeUndefined();
    card = await submit("about", {
      role: "Network technician",
      team: "Networking",
      managerId: "u-oskar",
      level: "junior",
      timeZone: "Europe/Stockholm",
    });
    expect(stepOf(card)).toBe("learn");

    // What I want to learn.
    card = await submit("learn", { learn: "firewalls,no-such-skill", goals: "" });
    expect(problemUnder(card, "learn")).toMatch(/from the list/);
    card = await submit("learn", { learn: "firewalls,bgp", goals: "short" });
    expect(problemUnder(card, "goals")).toMatch(/sentence/);
    card = await submit("learn", {
      learn: "firewalls,bgp",
      goals: "Review firewall changes on my own by spring.",
    });
    expect(stepOf(card)).toBe("offer");
    expect((await intakeDoc())?.step).toBe("offer");
  });

  it("resumes where the person left off after a restart, on a new server process with the same data", async () => {
    await server.dispose(true);
    server = await startTestServer({ dataDir: server.dataDir });
    const replies = await nadiaBot.say("join");
    const card = replies[0]?.attachments?.[0]?.content as Card;
    expect(stepOf(card)).toBe("offer");
    expect(texts(card).join(" ")).toMatch(/left off/);
  });

  it("finishes the remaining steps, with bad input at each", async () => {
    let card = await submit("offer", { offer: "nope" });
    expect(problemUnder(card, "offer")).toMatch(/from the list/);
    card = await submit("offer", { offer: "customer-comms" });
    expect(stepOf(card)).toBe("levels");

    card = await submit("levels", { learn_firewalls: "7", learn_bgp: "1", offer_customer_comms: "3" });
    expect(problemUnder(card, "learn_firewalls")).toMatch(/1 to 4/);
    // The Action.Submit fallback path: same handler, the answer comes as a new message.
    const replies = await nadiaBot.submit({
      verb: "intake.submit",
      programId: PROGRAM,
      mode: "join",
      step: "levels",
      learn_firewalls: "2",
      learn_bgp: "1",
      "offer_customer-comms": "4",
    });
    card = replies[0]?.attachments?.[0]?.content as Card;
    expect(stepOf(card)).toBe("ways");

    card = await submit("ways", {
      styles: "",
      communication: "chat",
      formats: "group",
      teamPreference: "maybe",
      availability: "9-xx",
    });
    expect(problemUnder(card, "styles")).toMatch(/at least one/);
    expect(problemUnder(card, "formats")).toBeDefined();
    expect(problemUnder(card, "teamPreference")).toBeDefined();
    expect(problemUnder(card, "availability")).toMatch(/from the list/);
    card = await submit("ways", {
      styles: "hands-on,listening",
      communication: "chat,video",
      formats: "one-to-one",
      teamPreference: "cross-team",
      availability: "0-am,2-pm",
    });
    expect(stepOf(card)).toBe("capacity");

    card = await submit("capacity", { mentorCapacity: "5" });
    expect(problemUnder(card, "mentorCapacity")).toMatch(/most/);
    card = await submit("capacity", { mentorCapacity: "1" });
    expect(stepOf(card)).toBe("consent");
    expect(JSON.stringify(card)).toContain("Review firewall changes on my own by spring.");

    card = await submit("consent", { consent: "false" });
    expect(problemUnder(card, "consent")).toMatch(/consent/);
    expect(await server.repos.people.getProfile(TENANT, nadia.userId)).toBeUndefined();
    card = await submit("consent", { consent: "true" });
    expect(texts(card).join(" ")).toMatch(/You're in, Nadia/);

    const profile = await server.repos.people.getProfile(TENANT, nadia.userId);
    expect(profile).toMatchObject({
      role: "Network technician",
      managerId: "u-oskar",
      reportingLine: ["u-oskar", "u-ines"],
      learn: [
        { skillId: "firewalls", level: 2 },
        { skillId: "bgp", level: 1 },
      ],
      offer: [{ skillId: "customer-comms", level: 4 }],
      availability: [
        { day: 0, startMinute: 540, endMinute: 720 },
        { day: 2, startMinute: 780, endMinute: 1020 },
      ],
      mentorCapacity: 1,
      programIds: [PROGRAM],
      status: "active",
    });
    expect(profile?.consentAt).toBeDefined();
    expect(await intakeDoc()).toBeUndefined();
    expect(await server.repos.intake.getEnrolment(TENANT, PROGRAM, nadia.userId)).toMatchObject({
      status: "completed",
      roles: ["mentor", "mentee"],
      capacity: 1,
      offered: ["customer-comms"],
      wanted: ["firewalls", "bgp"],
    });
  });

  it("answers a card pressed again after finishing with the profile, not an error", async () => {
    const card = await submit("about", { role: "Late", team: "x", level: "mid", timeZone: "UTC" });
    expect(texts(card).join(" ")).toMatch(/That card is finished/);
    expect((await server.repos.people.getProfile(TENANT, nadia.userId))?.role).toBe("Network technician");
  });

  it("shows intake progress to the program owner only", async () => {
    const ines = await server.signIn("u-ines");
    const res = await server.call(ines, "GET", `/api/programs/${PROGRAM}/intake`);
    expect(res.status).toBe(200);
    // Every demo person plus Nadia finished; nobody is part-way, paused or gone.
    expect(res.body).toMatchObject({ programId: PROGRAM, inProgress: 0, paused: 0, left: 0 });
    expect(res.body.completed).toBe(res.body.started);
    expect(res.body.completed).toBeGreaterThanOrEqual(13);
    const comms = res.body.skills.find((s: { skillId: string }) => s.skillId === "customer-comms");
    expect(comms.mentors).toBeGreaterThanOrEqual(1);
    const priya = await server.signIn("u-priya");
    expect((await server.call(priya, "GET", `/api/programs/${PROGRAM}/intake`)).status).toBe(404);
  });

  it("edits a section of the profile in the bot, refusing a save over a change made in the tab", async () => {
    const replies = await nadiaBot.say("profile");
    const profileCard = replies[0]?.attachments?.[0]?.content as Card;
    expect(texts(profileCard).join(" ")).toMatch(/taking part/);
    let card = (await nadiaBot.execute("intake.edit", { section: "about" })).card as Card;
    expect(actionData(card, "intake.submit")).toMatchObject({ mode: "edit", step: "about" });

    // Meanwhile, the tab changes the profile.
    const token = await server.signIn(nadia.userId);
    const view = await server.call(token, "GET", "/api/me/profile");
    expect(
      (
        await server.call(token, "PUT", "/api/me/profile", {
          etag: view.body.etag,
          team: "Network Operations",
        })
      ).status,
    ).toBe(200);

    card = (
      await nadiaBot.execute("intake.submit", {
        mode: "edit",
        programId: PROGRAM,
        step: "about",
        role: "Network engineer",
        team: "Networking",
        managerId: "u-oskar",
        level: "mid",
        timeZone: "Europe/Stockholm",
      })
    ).card as Card;
    expect(texts(card).join(" ")).toMatch(/changed elsewhere/);
    expect((await server.repos.people.getProfile(TENANT, nadia.userId))?.team).toBe("Network Operations");

    // Edit again: saved.
    await nadiaBot.execute("intake.edit", { section: "about" });
    card = (
      await nadiaBot.execute("intake.submit", {
        mode: "edit",
        programId: PROGRAM,
        step: "about",
        role: "Network engineer",
        team: "Network Operations",
        managerId: "u-oskar",
        level: "mid",
        timeZone: "Europe/Stockholm",
      })
    ).card as Card;
    expect(texts(card).join(" ")).toMatch(/Saved/);
    expect((await server.repos.people.getProfile(TENANT, nadia.userId))?.role).toBe("Network engineer");
  });

  it("pauses with a return date and resumes; matching and reminders read the status", async () => {
    let replies = await nadiaBot.say("pause until 1999-01-01");
    expect(JSON.stringify(replies[0])).toMatch(/after today/);
    replies = await nadiaBot.say("pause until tomorrow-ish");
    expect(replies[0]?.text).toMatch(/couldn't read/);
    const until = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    replies = await nadiaBot.say(`pause until ${until}`);
    // Dates read in the reader's locale (issue 12 item 8): en-US here.
    expect(JSON.stringify(replies[0])).toContain(`Paused until ${formatCalendarDate(until, "en-US")}`);
    expect(await server.repos.people.getProfile(TENANT, nadia.userId)).toMatchObject({
      status: "paused",
      pausedUntil: `${until}T00:00:00.000Z`,
    });
    expect((await server.repos.intake.getEnrolment(TENANT, PROGRAM, nadia.userId))?.status).toBe("paused");
    const ines = await server.signIn("u-ines");
    expect((await server.call(ines, "GET", `/api/programs/${PROGRAM}/intake`)).body.paused).toBe(1);

    const res = await nadiaBot.execute("intake.resume");
    expect(texts(res.card as Card).join(" ")).toMatch(/Welcome back/);
    expect((await server.repos.people.getProfile(TENANT, nadia.userId))?.status).toBe("active");
  });

  it("leave asks first, says what happens to the data, and is honoured", async () => {
    const replies = await nadiaBot.say("leave");
    const question = replies[0]?.attachments?.[0]?.content as Card;
    expect(actionData(question, "intake.leave")).toBeDefined();
    const res = await nadiaBot.execute("intake.leave", { deleteProfile: false });
    expect(texts(res.card as Card).join(" ")).toMatch(/profile is kept/);
    expect((await server.repos.people.getProfile(TENANT, nadia.userId))?.status).toBe("left");
    expect((await server.repos.intake.getEnrolment(TENANT, PROGRAM, nadia.userId))?.status).toBe("left");
  });

  it("a person who leaves mid-intake and asks for deletion leaves nothing behind but a count", async () => {
    const omar = botClient(() => server.url, connector, {
      tenantId: TENANT,
      userId: "u-omar",
      name: "Omar Haddad",
    });
    await omar.execute("intake.join", { programId: PROGRAM });
    await omar.execute("intake.submit", {
      programId: PROGRAM,
      mode: "join",
      step: "about",
      role: "Analyst",
      team: "Data",
      level: "mid",
      timeZone: "UTC",
    });
    const res = await omar.execute("intake.leave", { deleteProfile: true });
    expect(texts(res.card as Card).join(" ")).toMatch(/deleted/);
    expect(await server.repos.intake.getIntake(TENANT, "u-omar", intakeIds.join(PROGRAM))).toBeUndefined();
    expect((await server.repos.intake.getEnrolment(TENANT, PROGRAM, "u-omar"))?.status).toBe("left");
    for (const card of omar.cards) assertValidAdaptiveCard(card);
  });
});
