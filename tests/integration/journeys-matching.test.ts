import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchReviewSummaryRows, rhythmKeys, type MatchingView, type ProposalView } from "@baton/shared";
import { botClient, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

/** Issue 12, items 1–3: no match with nothing to teach, counts that agree, an owner picking a mentor. */
const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const base = `/api/programs/${PROGRAM}/matching`;

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
let owner: string;

const cardsTo = (userId: string): Card[] =>
  connector.received
    .filter((r) => r.conversationId === `a:personal-${userId}`)
    .flatMap((r) => (r.activity.attachments ?? []).map((a: { content: Card }) => a.content));

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
  for (const [userId, name] of [
    ["u-joe", "Joe Mensah"],
    ["u-oskar", "Oskar Lindqvist"],
    ["u-elif", "Elif Demir"],
    ["u-amara", "Amara Okafor"],
  ] as const)
    await botClient(() => server.url, connector, { tenantId: TENANT, userId, name }).install();
  owner = await server.signIn("u-ines");
  // Joe now wants only VMware, and the one mentor who offers it (Marco) pauses.
  const joe = await server.signIn("u-joe");
  const profile = await server.call(joe, "GET", "/api/me/profile");
  const saved = await server.call(joe, "PUT", "/api/me/profile", {
    etag: profile.body.etag,
    learn: [{ skillId: "vmware", level: 2 }],
  });
  expect(saved.status).toBe(200);
  expect((await server.call(await server.signIn("u-marco"), "POST", "/api/me/pause", {})).status).toBe(200);
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

let view: MatchingView;

describe("matching never proposes a pair with nothing to teach", () => {
  it("leaves the mentee unmatched, naming the skill nobody with free places offers", async () => {
    const res = await server.call(owner, "POST", `${base}/runs`, {});
    expect(res.status).toBe(201);
    view = res.body as MatchingView;
    expect(view.proposals.length).toBeGreaterThan(0);
    for (const p of view.proposals) {
      expect(p.sharedSkills.length, `${p.menteeId}>${p.mentorId}`).toBeGreaterThan(0);
      expect(p.warning).toBeNull();
      expect(p.fit?.label).toMatch(/^(Strong|Good|Fair) fit$/);
    }
    const joe = view.unmatched.find((u) => u.menteeId === "u-joe");
    expect(joe?.message).toBe("No mentor with free places offers VMware.");
  });

  it("shows counts that agree with the lists on the page", () => {
    const rows = Object.fromEntries(matchReviewSummaryRows(view, "now"));
    expect(rows.Matched).toBe(
      `${view.proposals.length} of ${view.proposals.length + view.unmatched.length} mentees`,
    );
    expect(rows["Not matched"]).toBe(String(view.unmatched.length));
    expect(rows.Run).toBe("now (fast)");
    expect(rows["Total score"]).not.toMatch(/proven/);
  });
});

describe("an owner picks a mentor for an unmatched mentee", () => {
  it("shows what forcing the pair costs, with a warning, before the pick", async () => {
    const res = await server.call(owner, "GET", `${base}/why-not?menteeId=u-joe&mentorId=u-oskar`);
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe("no-shared-skill");
    expect(res.body.message).toMatch(/^Oskar Lindqvist offers none of the skills Joe Mensah wants to learn/);
    expect(res.body.message).toMatch(/forcing this costs \d+ points/);
  });

  it("refuses a pick the rules forbid, naming the field", async () => {
    const boss = await server.call(owner, "POST", `${base}/proposals/u-joe/pick`, { mentorId: "u-lucia" });
    expect(boss.status).toBe(400);
    expect(boss.body.error.field).toBe("mentorId");
    expect(boss.body.error.message).toMatch(/Lucía Fernández is in Joe Mensah's reporting line/);
    const bad = await server.call(owner, "POST", `${base}/proposals/u-joe/pick`, {});
    expect(bad.body.error.field).toBe("mentorId");
    const notOwner = await server.signIn("u-priya");
    expect(
      (await server.call(notOwner, "POST", `${base}/proposals/u-joe/pick`, { mentorId: "u-oskar" })).status,
    ).toBe(404);
  });

  it("locks the picked pair with a warning; approving it introduces them truthfully", async () => {
    const res = await server.call(owner, "POST", `${base}/proposals/u-joe/pick`, { mentorId: "u-oskar" });
    expect(res.status).toBe(201);
    const picked = res.body as ProposalView;
    expect(picked).toMatchObject({ menteeId: "u-joe", mentorId: "u-oskar", status: "locked" });
    expect(picked.warning).toMatch(/offers none of the skills Joe Mensah wants to learn/);
    const after = (await server.call(owner, "GET", base)).body as MatchingView;
    expect(after.unmatched.some((u) => u.menteeId === "u-joe")).toBe(false);
    expect(after.proposals.find((p) => p.menteeId === "u-joe")?.warning).toBe(picked.warning);

    connector.received.length = 0;
    const approve = await server.call(owner, "POST", `${base}/approve`, { menteeIds: ["u-joe"] });
    expect(approve.body.results[0].outcome).toBe("approved");
    // Introductions go out after the answer, from the delivery queue.
    // Introductions go out after the answer, from the delivery queue: read Joe's as it was queued
    // (he has never chatted with Baton, so its delivery waits for a new 1:1 chat).
    await server.rhythm.queue.drain(TENANT);
    const outbox = await server.repos.store.queryPartition<{
      id: string;
      pk: string;
      tenantId: string;
      type: string;
      userId: string;
      message: { card?: Card };
    }>(TENANT, rhythmKeys.outbox(TENANT), "c.type = 'outboxEntry'");
    const intro = cardsTo("u-joe")[0] ?? outbox.find((e) => e.userId === "u-joe")?.message.card;
    expect(intro).toBeDefined();
    assertValidAdaptiveCard(intro);
    const text = JSON.stringify(intro);
    expect(text).not.toMatch(/will help you/);
    expect(text).toMatch(/Oskar doesn't list a skill you want to learn/);
    expect(text).not.toMatch(/Joe (wants|offers)/);
    const [mentorIntro] = cardsTo("u-oskar");
    expect(JSON.stringify(mentorIntro)).not.toMatch(/Oskar (offers|wants)/);
  });
});

describe("a mentor answers a request in the tab", () => {
  it("sees it under What is due with the personal note, and accepts it there", async () => {
    const elif = await server.signIn("u-elif");
    const amara = await server.signIn("u-amara");
    connector.received.length = 0;
    const long = await server.call(elif, "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-amara",
      message: "x".repeat(501),
    });
    expect(long.body.error.field).toBe("message");
    const asked = await server.call(elif, "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-amara",
      message: "I'd love to learn how you run incident reviews.",
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body.message).toBe("I'd love to learn how you run incident reviews.");
    const [card] = cardsTo("u-amara");
    if (!card) throw new Error("no request card");
    assertValidAdaptiveCard(card);
    expect(JSON.stringify(card)).toContain("In Elif's words");
    expect(JSON.stringify(card)).toMatch(/You offer .*which Elif wants to learn/);

    const me = await server.call(amara, "GET", "/api/me");
    const due = (me.body.due as { kind: string; programId?: string; title: string }[]).filter(
      (d) => d.kind === "mentor-request",
    );
    expect(due).toEqual([
      expect.objectContaining({ programId: PROGRAM, title: "Elif Demir would like you as their mentor" }),
    ]);

    const url = `/api/mentor-requests/${asked.body.requestId}/answer`;
    const bad = await server.call(amara, "POST", url, {
      programId: PROGRAM,
      menteeId: "u-elif",
      answer: "maybe",
    });
    expect(bad.body.error.field).toBe("answer");
    const stranger = await server.call(elif, "POST", url, {
      programId: PROGRAM,
      menteeId: "u-elif",
      answer: "accept",
    });
    expect(stranger.status).toBe(404);
    const yes = await server.call(amara, "POST", url, {
      programId: PROGRAM,
      menteeId: "u-elif",
      answer: "accept",
    });
    expect(yes.status).toBe(200);
    expect(yes.body.request.status).toBe("accepted");
    expect(yes.body.message).toMatch(/introduced you both/);
    const again = await server.call(amara, "POST", url, {
      programId: PROGRAM,
      menteeId: "u-elif",
      answer: "decline",
    });
    expect(again.body.request.status).toBe("accepted");
    expect(again.body.message).toMatch(/answered/);
    const after = await server.call(amara, "GET", "/api/me");
    expect((after.body.due as { kind: string }[]).some((d) => d.kind === "mentor-request")).toBe(false);
  });
});
