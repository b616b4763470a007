import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentIds, matchingIds, type MatchingView, type ProposalView } from "@baton/shared";
import { botClient, texts, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const base = `/api/programs/${PROGRAM}/matching`;
const PEOPLE: [string, string][] = [
  ["u-ines", "Ines Moreau"],
  ["u-oskar", "Oskar Lindqvist"],
  ["u-amara", "Amara Okafor"],
  ["u-kenji", "Kenji Watanabe"],
  ["u-lucia", "Lucía Fernández"],
  ["u-david", "David Cohen"],
  ["u-priya", "Priya Raman"],
  ["u-tom", "Tom Becker"],
  ["u-sara", "Sara Nilsson"],
  ["u-marco", "Marco Rossi"],
  ["u-hana", "Hana Kim"],
  ["u-joe", "Joe Mensah"],
  ["u-ravi", "Ravi Shankar"],
  ["u-elif", "Elif Demir"],
];

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
let owner: string;
let priya: string;

/** Cards the bot sent proactively to one person (their 1:1 conversation), in order. */
const cardsTo = (userId: string): Card[] =>
  connector.received
    .filter((r) => r.conversationId === `a:personal-${userId}`)
    .flatMap((r) => (r.activity.attachments ?? []).map((a: { content: Card }) => a.content));

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
  // Everyone installs Baton, so there is a conversation to introduce them in.
  await Promise.all(
    PEOPLE.map(([userId, name]) =>
      botClient(() => server.url, connector, { tenantId: TENANT, userId, name }).install(),
    ),
  );
  connector.received.length = 0;
  [owner, priya] = await Promise.all([server.signIn("u-ines"), server.signIn("u-priya")]);
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

const pairOf = (p: ProposalView) => `${p.menteeId}>${p.mentorId}`;

describe("match review for program owners", () => {
  it("is hidden from everyone but the program's owners", async () => {
    expect((await server.call(priya, "GET", base)).status).toBe(404);
    expect((await server.call(priya, "POST", `${base}/runs`, {})).status).toBe(404);
    expect((await server.call(priya, "POST", `${base}/approve`, { all: true })).status).toBe(404);
    expect((await server.call(owner, "GET", `/api/programs/nope/matching`)).status).toBe(404);
    expect((await server.call(undefined, "GET", base)).status).toBe(401);
  });

  it("shows nothing before the first run, and refuses a bad run request naming the field", async () => {
    const before = await server.call(owner, "GET", base);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ programId: PROGRAM, run: null, proposals: [], running: false });
    expect((before.body as MatchingView).waiting.map((w) => w.userId)).toContain("u-joe");
    const bad = await server.call(owner, "POST", `${base}/runs`, { mode: "slow" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("mode");
  });

  let first: MatchingView;
  it("runs matching in a worker and proposes pairs with scores and reasons, honouring every hard rule", async () => {
    const res = await server.call(owner, "POST", `${base}/runs`, {});
    expect(res.status).toBe(201);
    first = res.body as MatchingView;
    expect(first.run?.summary.matched).toBe(first.proposals.length);
    expect(first.proposals.length).toBeGreaterThanOrEqual(5);
    const pairs = first.proposals.map(pairOf);
    // People already in live pairs are not matched as mentees again.
    for (const seated of ["u-priya", "u-marco", "u-sara"])
      expect(first.proposals.some((p) => p.menteeId === seated)).toBe(false);
    // The pair that ran and ended, and anyone in a reporting line, are never proposed.
    expect(pairs).not.toContain("u-tom>u-david");
    expect(pairs).not.toContain("u-hana>u-david");
    expect(pairs).not.toContain("u-joe>u-lucia");
    expect(first.proposals.some((p) => p.mentorId === "u-ines")).toBe(false);
    // Capacity: never more proposals than free places.
    for (const m of first.mentors) {
      const n = first.proposals.filter((p) => p.mentorId === m.userId).length;
      expect(n).toBeLessThanOrEqual(m.capacity - m.taken);
    }
    const joe = first.proposals.find((p) => p.menteeId === "u-joe");
    expect(joe).toMatchObject({ mentorId: "u-oskar", mentorName: "Oskar Lindqvist", status: "proposed" });
    expect(joe?.score).toBeGreaterThan(0);
    expect(joe?.parts?.skill.points).toBeGreaterThan(0);
    expect(joe?.sharedSkills).toEqual([{ skillId: "networking", name: "Network fundamentals" }]);
    expect(joe?.reasons.join(" ")).toContain("Oskar offers Network fundamentals, which Joe wants to learn");
    // Ten mentees for eight free places: two are left out for places, and one whose wanted skill no
    // mentor with free places offers is never proposed a pair with nothing to teach; each with why.
    expect(first.unmatched).toHaveLength(3);
    for (const u of first.unmatched) expect(u.message.length).toBeGreaterThan(10);
    expect(first.unmatched.find((u) => u.menteeId === "u-ravi")?.message).toMatch(
      /^The mentors with free places who offer BGP routing or Firewall rules and exceptions are ruled out/,
    );
    expect(first.waiting).toEqual([]);
  });

  it("locks and excludes with ETags; a re-run keeps the lock and never proposes the excluded pair", async () => {
    const [keep, drop] = first.proposals.filter((p) => p.menteeId !== "u-joe");
    if (!keep || !drop) throw new Error("need two proposals");
    const url = (p: ProposalView) => `${base}/proposals/${p.menteeId}`;
    const missing = await server.call(owner, "PATCH", url(keep), { status: "locked" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("etag");
    const locked = await server.call(owner, "PATCH", url(keep), { status: "locked", etag: keep.etag });
    expect(locked.status).toBe(200);
    expect(locked.body).toMatchObject({ status: "locked", mentorId: keep.mentorId });
    const stale = await server.call(owner, "PATCH", url(keep), { status: "excluded", etag: keep.etag });
    expect(stale.status).toBe(412);
    const excluded = await server.call(owner, "PATCH", url(drop), { status: "excluded", etag: drop.etag });
    expect(excluded.status).toBe(200);
    const nobody = await server.call(owner, "PATCH", `${base}/proposals/u-nobody`, {
      status: "locked",
      etag: "x",
    });
    expect(nobody.status).toBe(400);

    const rerun = (await server.call(owner, "POST", `${base}/runs`, { mode: "certify" }))
      .body as MatchingView;
    expect(rerun.run?.runId).not.toBe(first.run?.runId);
    expect(rerun.run?.summary.optimal).toBe(true);
    expect(rerun.proposals.find((p) => p.menteeId === keep.menteeId)).toMatchObject({
      mentorId: keep.mentorId,
      status: "locked",
    });
    expect(rerun.proposals.map(pairOf)).not.toContain(pairOf(drop));
    const exclusion = await server.repos.matching.read(
      TENANT,
      PROGRAM,
      matchingIds.exclusion(drop.menteeId, drop.mentorId),
    );
    expect(exclusion).toMatchObject({ type: "matchExclusion", by: "u-ines" });
    first = rerun;
  });

  it("refuses a bad approval without writing anything", async () => {
    const none = await server.call(owner, "POST", `${base}/approve`, {});
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe("menteeIds");
    const unknown = await server.call(owner, "POST", `${base}/approve`, { menteeIds: ["u-joe", "u-nobody"] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe("menteeIds.1");
    const joe = first.proposals.find((p) => p.menteeId === "u-joe");
    expect(joe?.status).not.toBe("approved");
    const { seats } = await server.repos.matching.load(TENANT, PROGRAM);
    expect(seats.find((s) => s.userId === "u-joe")).toBeUndefined();
  });

  it("approves one: pair, memberships and draft agreement from the template, and introduces both once", async () => {
    const res = await server.call(owner, "POST", `${base}/approve`, { menteeIds: ["u-joe"] });
    expect(res.status).toBe(200);
    const [result] = res.body.results;
    expect(result).toMatchObject({ menteeId: "u-joe", outcome: "approved", introduction: "queued" });
    // Introductions go out after the answer, from the delivery queue.
    await server.rhythm.queue.drain(TENANT);
    const pairId = result.pairId as string;
    const pair = await server.repos.pairs.getPair(TENANT, pairId);
    expect(pair).toMatchObject({ status: "active", programId: PROGRAM });
    expect(pair?.members.map((m) => `${m.role}:${m.userId}`).sort()).toEqual([
      "mentee:u-joe",
      "mentor:u-oskar",
    ]);
    expect(pair?.matchReasons.join(" ")).toContain("Network fundamentals");
    const agreement = await server.repos.pairs.read(TENANT, pairId, documentIds.agreement());
    expect(agreement).toMatchObject({
      status: "draft",
      terms: {
        meetingFrequency: "biweekly",
        meetingLengthMinutes: 45,
        channels: ["Teams chat", "Teams meeting"],
      },
    });
    // The new pair is on the rhythm planner's roster, so its reminders and check-ins start.
    expect((await server.repos.reminders.roster(TENANT)).map((r) => r.pairId)).toContain(pairId);
    for (const userId of ["u-joe", "u-oskar"]) {
      const { memberships } = await server.repos.people.loadPerson(TENANT, userId);
      expect(memberships.find((m) => m.pairId === pairId)).toMatchObject({ status: "active" });
    }
    const joeCards = cardsTo("u-joe");
    expect(joeCards).toHaveLength(1);
    const intro = joeCards[0] as Card;
    assertValidAdaptiveCard(intro, "introduction");
    expect(texts(intro).join(" ")).toContain("Meet your mentor, Oskar Lindqvist");
    expect(JSON.stringify(intro)).toContain(`/tab/pair/${pairId}`);
    expect(texts(cardsTo("u-oskar")[0] as Card).join(" ")).toContain("Meet your mentee, Joe Mensah");

    // Joe can open the pair space; the owner's view shows the approved pair with no notes.
    const joeToken = await server.signIn("u-joe");
    expect((await server.call(joeToken, "GET", `/api/pairs/${pairId}`)).status).toBe(200);
    const view = res.body.view as MatchingView;
    expect(view.proposals.find((p) => p.menteeId === "u-joe")).toMatchObject({ status: "approved", pairId });
    expect(view.mentors.find((m) => m.userId === "u-oskar")?.taken).toBe(2);

    // Again: nothing new is created or sent.
    const again = await server.call(owner, "POST", `${base}/approve`, { menteeIds: ["u-joe"] });
    expect(again.body.results[0]).toMatchObject({
      outcome: "already-approved",
      pairId,
      introduction: "sent",
    });
    const proposal = (again.body.view as MatchingView).proposals.find((p) => p.menteeId === "u-joe");
    expect(proposal?.introduction).toBe("sent");
    expect(cardsTo("u-joe")).toHaveLength(1);
  });

  it("approves the rest in bulk within capacity while Teams hangs, and a re-run then proposes none of them", async () => {
    // Teams answers nothing at all: approval must not wait for it (introductions are queued).
    connector.hold(true);
    let res: Awaited<ReturnType<typeof server.call>>;
    try {
      res = await server.call(owner, "POST", `${base}/approve`, { all: true });
    } finally {
      connector.hold(false);
    }
    expect(res.status).toBe(200);
    const results = res.body.results as { outcome: string; introduction?: string }[];
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.every((r) => r.outcome === "approved" && r.introduction === "queued")).toBe(true);
    const { seats, enrolments } = await server.repos.matching.load(TENANT, PROGRAM);
    for (const s of seats) {
      const capacity = enrolments.find((e) => e.userId === s.userId)?.capacity ?? 0;
      expect(s.mentorPairIds.length).toBeLessThanOrEqual(capacity);
    }
    const rerun = (await server.call(owner, "POST", `${base}/runs`, {})).body as MatchingView;
    expect(rerun.proposals.every((p) => p.status === "approved")).toBe(true);
  });
});
