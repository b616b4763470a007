import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatchingView, WhyNotView } from "@baton/shared";
import { startTestServer, type TestServer } from "../support/test-server";

const PROGRAM = "it-knowledge-2026";
const base = `/api/programs/${PROGRAM}/matching`;
const whyNot = (menteeId: string, mentorId: string) =>
  `${base}/why-not?menteeId=${encodeURIComponent(menteeId)}&mentorId=${encodeURIComponent(mentorId)}`;

let server: TestServer;
let owner: string;
let priya: string;
let view: MatchingView;

beforeAll(async () => {
  server = await startTestServer();
  [owner, priya] = await Promise.all([server.signIn("u-ines"), server.signIn("u-priya")]);
  const res = await server.call(owner, "POST", `${base}/runs`, {});
  expect(res.status).toBe(201);
  view = res.body as MatchingView;
});
afterAll(async () => {
  await server.dispose();
});

describe("why not another mentor (program owners)", () => {
  it("explains, with names, why a proposed mentee is not with another mentor", async () => {
    const proposal = view.proposals.find((p) => p.status === "proposed");
    expect(proposal).toBeDefined();
    if (!proposal) return;
    const other = view.mentors.find(
      (m) => m.userId !== proposal.mentorId && m.userId !== proposal.menteeId && m.userId !== "u-ines",
    );
    expect(other).toBeDefined();
    if (!other) return;
    const res = await server.call(owner, "GET", whyNot(proposal.menteeId, other.userId));
    expect(res.status).toBe(200);
    const answer = res.body as WhyNotView;
    expect(answer).toMatchObject({
      menteeId: proposal.menteeId,
      menteeName: proposal.menteeName,
      mentorId: other.userId,
      mentorName: other.displayName,
    });
    expect(["hard-rule", "zero-score", "mentor-full", "mentee-has-better"]).toContain(answer.kind);
    expect(answer.message).not.toMatch(/\bu-[a-z]+/);
    if (answer.kind === "mentor-full" || answer.kind === "mentee-has-better") {
      expect(answer.message).toMatch(/forcing this costs/);
      // A small cohort gets the exact cost, never below the dual bound.
      expect(answer.exactCost).not.toBeNull();
      expect(answer.exactCost ?? 0).toBeGreaterThanOrEqual((answer.costAtLeast ?? 0) - 1e-6);
      expect(answer.message).toContain(
        answer.kind === "mentor-full" ? other.displayName : proposal.menteeName,
      );
    }
  });

  it("names the proposed pair as matched", async () => {
    const proposal = view.proposals[0];
    if (!proposal) throw new Error("no proposal");
    const res = await server.call(owner, "GET", whyNot(proposal.menteeId, proposal.mentorId));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "matched",
      message: `${proposal.menteeName} and ${proposal.mentorName} are matched.`,
    });
  });

  it("gives the hard rule in words when the mentor is in the mentee's reporting line", async () => {
    // Oskar reports to Ines (who mentors leadership, what Oskar wants to learn).
    const res = await server.call(owner, "GET", whyNot("u-oskar", "u-ines"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "hard-rule",
      menteeName: "Oskar Lindqvist",
      mentorName: "Ines Moreau",
      message: "Not allowed: Ines Moreau is in Oskar Lindqvist's reporting line.",
      score: null,
    });
  });

  it("is 404 for everyone but the program's owners, and names a missing or unknown person", async () => {
    expect((await server.call(priya, "GET", whyNot("u-oskar", "u-ines"))).status).toBe(404);
    expect((await server.call(owner, "GET", `/api/programs/nope/matching/why-not`)).status).toBe(404);
    const noMentee = await server.call(owner, "GET", `${base}/why-not?mentorId=u-ines`);
    expect(noMentee.status).toBe(400);
    expect(noMentee.body.error.field).toBe("menteeId");
    const noMentor = await server.call(owner, "GET", `${base}/why-not?menteeId=u-oskar`);
    expect(noMentor.status).toBe(400);
    expect(noMentor.body.error.field).toBe("mentorId");
    const stranger = await server.call(owner, "GET", whyNot("u-nobody", "u-ines"));
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.field).toBe("menteeId");
    const notMentor = await server.call(owner, "GET", whyNot("u-oskar", "u-joe"));
    expect(notMentor.status).toBe(400);
    expect(notMentor.body.error.field).toBe("mentorId");
  });
});
