import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentIds, matchingIds, type MatchingView } from "@baton/shared";
import { chemistryDigestEntry } from "../../bot/src/matching/chemistry-check";
import { actionData, botClient, texts, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const who = (userId: string, name: string) => ({ tenantId: TENANT, userId, name });
const PEOPLE = {
  amara: who("u-amara", "Amara Okafor"),
  ravi: who("u-ravi", "Ravi Shankar"),
  elif: who("u-elif", "Elif Demir"),
  lucia: who("u-lucia", "Lucía Fernández"),
  david: who("u-david", "David Cohen"),
  joe: who("u-joe", "Joe Mensah"),
  priya: who("u-priya", "Priya Raman"),
};

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const clients = {} as Record<keyof typeof PEOPLE, ReturnType<typeof botClient>>;
const tokens = {} as Record<keyof typeof PEOPLE, string>;

const cardsTo = (userId: string): Card[] =>
  connector.received
    .filter((r) => r.conversationId === `a:personal-${userId}`)
    .flatMap((r) => (r.activity.attachments ?? []).map((a: { content: Card }) => a.content));
const lastCardTo = (userId: string) => cardsTo(userId).at(-1) as Card;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
  for (const [key, person] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)["amara"]][]) {
    clients[key] = botClient(() => server.url, connector, person);
    await clients[key].install();
    tokens[key] = await server.signIn(person.userId);
  }
  connector.received.length = 0;
});
afterAll(async () => {
  for (const c of Object.values(clients)) for (const card of c.cards) assertValidAdaptiveCard(card);
  await Promise.all([server.dispose(), connector.close()]);
});

const request = (token: string, mentorId: string) =>
  server.call(token, "POST", "/api/mentor-requests", { programId: PROGRAM, mentorId });

describe("a mentee asks for a specific mentor", () => {
  it("refuses requests the rules forbid, naming the field", async () => {
    const manager = await request(tokens.ravi, "u-oskar");
    expect(manager.status).toBe(400);
    expect(manager.body.error).toMatchObject({ field: "mentorId" });
    expect(manager.body.error.message).toMatch(/reporting line/);
    const notMentor = await request(tokens.ravi, "u-priya");
    expect(notMentor.status).toBe(400);
    expect(notMentor.body.error.field).toBe("mentorId");
    const seated = await request(tokens.priya, "u-amara");
    expect(seated.status).toBe(400);
    expect(seated.body.error.message).toMatch(/already have a mentor/);
    const extra = await server.call(tokens.ravi, "POST", "/api/mentor-requests", { programId: PROGRAM });
    expect(extra.status).toBe(400);
    expect(extra.body.error.field).toBe("mentorId");
    const { requests } = await server.repos.matching.load(TENANT, PROGRAM);
    expect(requests).toEqual([]);
  });

  let pairId = "";
  it("sends the mentor a card; accepting creates the pair and introduces both", async () => {
    const res = await request(tokens.ravi, "u-amara");
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "pending", mentorName: "Amara Okafor", delivery: "sent" });
    expect((await request(tokens.ravi, "u-david")).status).toBe(400);
    const card = lastCardTo("u-amara");
    assertValidAdaptiveCard(card, "mentor request");
    expect(texts(card).join(" ")).toContain("Ravi Shankar would like you as their mentor");
    const accept = actionData(card, "matching.request.answer");
    expect(accept).toMatchObject({ programId: PROGRAM, menteeId: "u-ravi", answer: "accept" });

    // Someone else pressing the button changes nothing.
    expect((await clients.joe.execute("matching.request.answer", accept ?? {})).message).toMatch(
      /no longer open/,
    );
    const answered = await clients.amara.execute("matching.request.answer", accept ?? {});
    expect(texts(answered.card ?? {}).join(" ")).toContain("You're now mentoring Ravi Shankar");
    const mine = await server.call(tokens.ravi, "GET", `/api/mentor-requests?programId=${PROGRAM}`);
    expect(mine.body.asMentee).toMatchObject({ status: "accepted" });
    pairId = mine.body.asMentee.pairId;
    const pair = await server.repos.pairs.getPair(TENANT, pairId);
    expect(pair?.members.map((m) => `${m.role}:${m.userId}`).sort()).toEqual([
      "mentee:u-ravi",
      "mentor:u-amara",
    ]);
    expect(await server.repos.pairs.read(TENANT, pairId, documentIds.agreement())).toMatchObject({
      status: "draft",
    });
    expect(texts(lastCardTo("u-ravi")).join(" ")).toContain("Meet your mentor, Amara Okafor");
    // Pressing again does not create a second pair or introduction.
    const again = await clients.amara.execute("matching.request.answer", accept ?? {});
    expect(texts(again.card ?? {}).join(" ")).toContain("Already answered");
    expect(cardsTo("u-ravi").filter((c) => texts(c).join(" ").includes("Meet your mentor"))).toHaveLength(1);
  });

  it("a decline tells the mentee kindly, without a reason", async () => {
    expect((await request(tokens.elif, "u-lucia")).status).toBe(201);
    const decline = { ...actionData(lastCardTo("u-lucia"), "matching.request.answer"), answer: "decline" };
    const res = await clients.lucia.execute("matching.request.answer", decline);
    expect(texts(res.card ?? {}).join(" ")).toContain("Thanks for letting us know");
    const told = texts(lastCardTo("u-elif")).join(" ");
    expect(told).toContain("can't take on a new mentee right now");
    expect(told).toContain("says nothing about you");
    const mine = await server.call(tokens.elif, "GET", `/api/mentor-requests?programId=${PROGRAM}`);
    expect(mine.body.asMentee.status).toBe("declined");
  });

  it("respects capacity: a full mentor cannot be asked", async () => {
    expect((await request(tokens.joe, "u-david")).status).toBe(201);
    await clients.david.execute(
      "matching.request.answer",
      actionData(lastCardTo("u-david"), "matching.request.answer") ?? {},
    );
    const full = await request(tokens.elif, "u-david");
    expect(full.status).toBe(400);
    expect(full.body.error.message).toMatch(/no free mentoring place/);
  });
});

describe("the chemistry check", () => {
  it("gives the scheduler a digest line that opens the private question", async () => {
    const ravi = await server.repos.people.loadPerson(TENANT, "u-ravi");
    const pairId = ravi.memberships[0]?.pairId as string;
    const entry = chemistryDigestEntry({ pairId, subject: { partnerName: "Amara Okafor" } });
    expect(entry.button).toEqual({
      title: "Answer privately",
      verb: "matching.chemistry.open",
      data: { pairId },
    });
    const opened = await clients.ravi.execute(entry.button.verb, entry.button.data);
    assertValidAdaptiveCard(opened.card, "chemistry check");
    expect(texts(opened.card ?? {}).join(" ")).toContain("Is it working with Amara?");
    expect(actionData(opened.card ?? {}, "matching.chemistry.answer")).toEqual({ pairId, answer: "yes" });
    expect((await clients.joe.execute("matching.chemistry.open", { pairId })).message).toMatch(
      /not available/,
    );
  });

  it("a private 'no' ends the pair without fault, tells the other kindly, and never proposes it again", async () => {
    const pairId = (await server.repos.people.loadPerson(TENANT, "u-ravi")).memberships[0]?.pairId as string;
    const yes = await clients.amara.execute("matching.chemistry.answer", { pairId, answer: "yes" });
    expect(texts(yes.card ?? {}).join(" ")).toContain("Glad to hear it");
    const before = cardsTo("u-amara").length;
    const no = await clients.ravi.execute("matching.chemistry.answer", { pairId, answer: "no" });
    expect(texts(no.card ?? {}).join(" ")).toContain("Thank you for being honest");

    expect((await server.repos.pairs.getPair(TENANT, pairId))?.status).toBe("ended");
    for (const userId of ["u-ravi", "u-amara"]) {
      const { memberships } = await server.repos.people.loadPerson(TENANT, userId);
      expect(memberships.find((m) => m.pairId === pairId)?.status).toBe("ended");
    }
    const data = await server.repos.matching.load(TENANT, PROGRAM);
    expect(data.history.some((h) => h.menteeId === "u-ravi" && h.mentorId === "u-amara")).toBe(true);
    expect(data.seats.find((s) => s.userId === "u-ravi")?.menteePairId).toBeUndefined();
    expect(data.seats.find((s) => s.userId === "u-amara")?.mentorPairIds).not.toContain(pairId);

    const told = cardsTo("u-amara").slice(before);
    expect(told).toHaveLength(1);
    const words = texts(told[0] as Card).join(" ");
    expect(words).toContain("nobody's fault");
    expect(words).not.toMatch(/said no|answered|not working for/i);

    // Answers stay private: the pair's own API does not return them.
    const space = await server.call(tokens.amara, "GET", `/api/pairs/${pairId}`);
    expect(JSON.stringify(space.body)).not.toContain("chemistryCheck");
    expect(await server.repos.matching.getChemistry(TENANT, pairId, "u-ravi")).toMatchObject({
      answer: "no",
    });

    // Ravi is back in matching, never with Amara again.
    const owner = await server.signIn("u-ines");
    const view = (await server.call(owner, "POST", `/api/programs/${PROGRAM}/matching/runs`, {}))
      .body as MatchingView;
    const raviNow = [...view.proposals, ...view.unmatched].filter((p) => p.menteeId === "u-ravi");
    expect(raviNow).toHaveLength(1);
    expect(view.proposals.some((p) => p.menteeId === "u-ravi" && p.mentorId === "u-amara")).toBe(false);
    const history = await server.repos.matching.read(
      TENANT,
      PROGRAM,
      matchingIds.pairHistory("u-ravi", "u-amara"),
    );
    expect(history).toMatchObject({ pairId });
  });
});
