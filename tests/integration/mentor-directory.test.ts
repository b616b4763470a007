import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MentorDirectoryEntry, MentorDirectoryView } from "@baton/shared";
import { actionData, botClient, texts, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";

const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const MENTORS = `/api/programs/${PROGRAM}/mentors`;
const who = (userId: string, name: string) => ({ tenantId: TENANT, userId, name });

const PEOPLE: Record<string, string> = {
  "u-elif": "Elif Demir",
  "u-hana": "Hana Kim",
  "u-kenji": "Kenji Watanabe",
  "u-oskar": "Oskar Lindqvist",
  "u-amara": "Amara Okafor",
  "u-lucia": "Lucía Fernández",
  "u-marco": "Marco Rossi",
};
const clients: Record<string, ReturnType<typeof botClient>> = {};

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const tokens: Record<string, string> = {};
const mentorsOf = (view: MentorDirectoryView) => view.mentors.map((m) => m.userId).sort();
const directory = async (userId: string, query = "") => {
  const res = await server.call(tokens[userId], "GET", MENTORS + query);
  return res as { status: number; body: MentorDirectoryView & { error?: { field?: string } } };
};
const lastCardTo = (userId: string): Card =>
  connector.received
    .filter((r) => r.conversationId === `a:personal-${userId}`)
    .flatMap((r) => (r.activity.attachments ?? []).map((a: { content: Card }) => a.content))
    .at(-1) as Card;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
  for (const id of ["u-elif", "u-tom", "u-ines", "u-ravi", "u-hana", "u-kenji", "u-newcomer", "u-oskar"])
    tokens[id] = await server.signIn(id);
  // Everyone who may get a card has a chat with Baton, as in Teams after install.
  for (const [id, name] of Object.entries(PEOPLE)) {
    clients[id] = botClient(() => server.url, connector, who(id, name));
    await clients[id].install();
  }
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

describe("the mentor directory", () => {
  it("lists active mentors with free places, without the caller's reporting line, best fit first", async () => {
    const res = await directory("u-elif");
    expect(res.status).toBe(200);
    const view = res.body;
    expect(view.programName).toBe("IT knowledge transfer 2026");
    // Kenji is Elif's manager and Ines his: neither appears; nor does Elif herself.
    expect(mentorsOf(view)).toEqual(["u-amara", "u-david", "u-lucia", "u-marco", "u-oskar"]);
    const scores = view.mentors.map((m) => m.fit?.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const amara = view.mentors.find((m) => m.userId === "u-amara") as MentorDirectoryEntry;
    expect(amara).toMatchObject({
      displayName: "Amara Okafor",
      role: "Cloud Architect",
      team: "Cloud",
      freePlaces: 2, // three places, one taken by Marco
    });
    // Elif wants Azure, so it comes first among what Amara offers.
    expect(amara.offers[0]).toEqual({ skillId: "azure", name: "Azure", level: 4 });
    expect(amara.fit?.score).toBeGreaterThan(0);
    expect(amara.fit?.reasons.join(" ")).toContain("Offers Azure, which you want to learn");
    expect(view.mentors.find((m) => m.userId === "u-oskar")?.freePlaces).toBe(1);
    expect(view.viewer).toEqual({ canAsk: true, reason: null, mentor: false });
    expect(view.wanted.sort()).toEqual(["azure", "incident-response"]);
    expect(view.skills.length).toBeGreaterThan(10);
  });

  it("leaves out a mentor whose pair with the caller ended", async () => {
    // Tom's pair with David finished; Lucía is his manager and Ines hers.
    expect(mentorsOf((await directory("u-tom")).body)).toEqual(["u-amara", "u-kenji", "u-marco", "u-oskar"]);
  });

  it("leaves out someone the caller mentors now, and refuses asking them", async () => {
    // Amara mentors Marco; she also wants a mentor herself.
    const amara = await server.signIn("u-amara");
    const view = (await server.call(amara, "GET", MENTORS)).body as MentorDirectoryView;
    expect(view.viewer.canAsk).toBe(true);
    expect(mentorsOf(view)).not.toContain("u-marco");
    const res = await server.call(amara, "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-marco",
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      field: "mentorId",
      message: "You mentor Marco Rossi already. Pick someone else.",
    });
  });

  it("leaves out people whose reporting line includes the caller", async () => {
    // Every mentor reports to Ines; she mentors only, so there is no fit and no asking either.
    const view = (await directory("u-ines")).body;
    expect(view.mentors).toEqual([]);
    expect(view.viewer.canAsk).toBe(false);
    expect(view.viewer.reason).toMatch(/to mentor others/);
    expect(view.viewer.mentor).toBe(true);
  });

  it("filters by a skill, and refuses one the program does not have, naming the field", async () => {
    const azure = (await directory("u-elif", "?skill=azure")).body;
    expect(mentorsOf(azure)).toEqual(["u-amara"]);
    expect(azure.skill).toBe("azure");
    // Only Kenji offers incident response, and he is Elif's manager.
    expect((await directory("u-elif", "?skill=incident-response")).body.mentors).toEqual([]);
    const unknown = await directory("u-elif", "?skill=cobol");
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.field).toBe("skill");
    const bad = await directory("u-elif", "?skill=a%20b");
    expect(bad.status).toBe(400);
    expect(bad.body.error?.field).toBe("skill");
  });

  it("is 404 for someone not taking part, and for a program that does not exist", async () => {
    const stranger = await directory("u-newcomer");
    expect(stranger.status).toBe(404);
    expect(JSON.stringify(stranger.body)).not.toContain("Amara");
    const missing = await server.call(tokens["u-elif"], "GET", "/api/programs/no-such-program/mentors");
    expect(missing.status).toBe(404);
    expect((await server.call(undefined, "GET", MENTORS)).status).toBe(401);
  });

  it("a full mentor drops out once their last place is taken", async () => {
    const kenji = clients["u-kenji"] as ReturnType<typeof botClient>;
    expect(mentorsOf((await directory("u-ravi")).body)).toContain("u-kenji");
    const asked = await server.call(tokens["u-hana"], "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-kenji",
    });
    expect(asked.status).toBe(201);
    const accept = actionData(lastCardTo("u-kenji"), "matching.request.answer");
    const answered = await kenji.execute("matching.request.answer", accept ?? {});
    expect(texts(answered.card ?? {}).join(" ")).toContain("You're now mentoring Hana Kim");
    expect(mentorsOf((await directory("u-ravi")).body)).not.toContain("u-kenji");
    // Hana now has a mentor: she still sees the directory, without fit and without asking.
    const hana = (await directory("u-hana")).body;
    expect(hana.viewer).toMatchObject({
      canAsk: false,
      reason: "You already have a mentor in this program.",
    });
    expect(hana.mentors.every((m) => m.fit === null)).toBe(true);
  });
});

describe("asking from the directory", () => {
  it("a mentor Baton cannot message is not left with a request nobody sees", async () => {
    // David never opened Baton, and the channel refuses to start a chat with him.
    const res = await server.call(tokens["u-ravi"], "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-david",
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ field: "mentorId" });
    expect(res.body.error.message).toMatch(/couldn't reach David Cohen/);
    const mine = await server.call(tokens["u-ravi"], "GET", `/api/mentor-requests?programId=${PROGRAM}`);
    expect(mine.body.asMentee).toBeNull();
  });

  let requestId = "";

  it("a request to a listed mentor shows as pending, and the directory says to wait", async () => {
    const top = (await directory("u-elif")).body.mentors[0] as MentorDirectoryEntry;
    const res = await server.call(tokens["u-elif"], "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: top.userId,
    });
    expect(res.status).toBe(201);
    requestId = res.body.requestId;
    const mine = await server.call(tokens["u-elif"], "GET", `/api/mentor-requests?programId=${PROGRAM}`);
    expect(mine.body.asMentee).toMatchObject({
      requestId,
      status: "pending",
      mentorId: top.userId,
      mentorName: top.displayName,
    });
    const view = (await directory("u-elif")).body;
    expect(view.viewer).toMatchObject({
      canAsk: false,
      reason: `You asked ${top.displayName} already. Wait for their answer first.`,
    });
    // The mentor sees it among the requests made to them.
    const theirs = await server.call(
      await server.signIn(top.userId),
      "GET",
      `/api/mentor-requests?programId=${PROGRAM}`,
    );
    expect(theirs.body.asMentor).toContainEqual(expect.objectContaining({ requestId, status: "pending" }));
  });

  it("the mentee can withdraw a pending request; only theirs, naming a missing field", async () => {
    const path = `/api/mentor-requests/${requestId}/withdraw`;
    const noProgram = await server.call(tokens["u-elif"], "POST", path, {});
    expect(noProgram.status).toBe(400);
    expect(noProgram.body.error.field).toBe("programId");
    expect((await server.call(tokens["u-tom"], "POST", path, { programId: PROGRAM })).status).toBe(404);
    expect(
      (
        await server.call(tokens["u-elif"], "POST", "/api/mentor-requests/nope/withdraw", {
          programId: PROGRAM,
        })
      ).status,
    ).toBe(404);
    const withdrawn = await server.call(tokens["u-elif"], "POST", path, { programId: PROGRAM });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ requestId, status: "withdrawn" });
    // Repeating it is harmless.
    expect((await server.call(tokens["u-elif"], "POST", path, { programId: PROGRAM })).body.status).toBe(
      "withdrawn",
    );
    expect((await directory("u-elif")).body.viewer.canAsk).toBe(true);
  });

  it("a mentor accepting a withdrawn request changes nothing; withdrawing an accepted one is refused", async () => {
    const oskar = clients["u-oskar"] as ReturnType<typeof botClient>;
    const first = await server.call(tokens["u-elif"], "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-oskar",
    });
    expect(first.status).toBe(201);
    const staleAccept = actionData(lastCardTo("u-oskar"), "matching.request.answer") ?? {};
    const path = (id: string) => `/api/mentor-requests/${id}/withdraw`;
    expect(
      (await server.call(tokens["u-elif"], "POST", path(first.body.requestId), { programId: PROGRAM }))
        .status,
    ).toBe(200);
    const late = await oskar.execute("matching.request.answer", staleAccept);
    expect(late.message ?? texts(late.card ?? {}).join(" ")).toMatch(/no longer open/i);
    const data = await server.repos.matching.load(TENANT, PROGRAM);
    expect(data.seats.find((s) => s.userId === "u-elif")?.menteePairId).toBeUndefined();

    const second = await server.call(tokens["u-elif"], "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-oskar",
    });
    expect(second.status).toBe(201);
    const accept = actionData(lastCardTo("u-oskar"), "matching.request.answer") ?? {};
    const answered = await oskar.execute("matching.request.answer", accept);
    expect(texts(answered.card ?? {}).join(" ")).toContain("You're now mentoring Elif Demir");
    const refused = await server.call(tokens["u-elif"], "POST", path(second.body.requestId), {
      programId: PROGRAM,
    });
    expect(refused.status).toBe(412);
    expect(refused.body.error.message).toMatch(/answered your request/);
    const mine = await server.call(tokens["u-elif"], "GET", `/api/mentor-requests?programId=${PROGRAM}`);
    expect(mine.body.asMentee).toMatchObject({ status: "accepted" });
    expect(mine.body.asMentee.pairId).toBeTruthy();
  });
});
