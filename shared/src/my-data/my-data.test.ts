import { describe, expect, it } from "vitest";
import { assembleExport } from "./export-assembler";
import { exportToHtml } from "./export-html";
import { planDocument } from "./erasure-plan";
import { scrubText, type ErasureSubject } from "./pseudonymise";

const subject: ErasureSubject = { userId: "u-priya", names: ["Priya Raman"], pseudonymId: "former-abc" };
const base = <E extends Record<string, unknown>>(type: string, extra: E) => ({
  id: `${type}:1`,
  pk: "t:acme|pair:p1",
  tenantId: "acme",
  type,
  ...extra,
});

describe("erasure plan", () => {
  it("deletes the person's own documents, answers and notes", () => {
    expect(planDocument(base("privateNote", { authorId: "u-priya", text: "x" }), subject).action).toBe(
      "delete",
    );
    expect(planDocument(base("checkIn", { userId: "u-priya" }), subject).action).toBe("delete");
    expect(
      planDocument(base("mentorRequest", { menteeId: "u-ravi", mentorId: "u-priya" }), subject).action,
    ).toBe("delete");
    expect(planDocument({ ...base("anything", {}), pk: "t:acme|user:u-priya" }, subject).action).toBe(
      "delete",
    );
  });

  it("keeps shared content for the partner, attributed to a former participant", () => {
    const pair = base("pair", {
      members: [
        { userId: "u-priya", role: "mentee", displayName: "Priya Raman" },
        { userId: "u-oskar", role: "mentor", displayName: "Oskar Lindqvist" },
      ],
    });
    const fate = planDocument(pair, subject);
    expect(fate.action).toBe("replace");
    const text = JSON.stringify(fate.action === "replace" ? fate.doc : {});
    expect(text).not.toMatch(/u-priya|Priya Raman/);
    expect(text).toContain("A former participant");
    expect(text).toContain("u-oskar");
    const agreement = base("agreement", { confirmations: { "u-priya": "2026-01-01T00:00:00.000Z" } });
    const replaced = planDocument(agreement, subject);
    expect(replaced.action === "replace" && Object.keys(replaced.doc.confirmations as object)).toEqual([
      "former-abc",
    ]);
    expect(planDocument(base("goal", { createdBy: "u-oskar", title: "Kubernetes" }), subject).action).toBe(
      "keep",
    );
  });

  it("removes the id from owner and admin lists, and never touches ids that only contain it", () => {
    const program = {
      ...base("program", { ownerIds: ["u-priya", "u-ines"], sponsorIds: ["u-priya"] }),
      pk: "t:acme",
    };
    const fate = planDocument(program, subject);
    expect(fate.action === "replace" && [fate.doc.ownerIds, fate.doc.sponsorIds]).toEqual([["u-ines"], []]);
    expect(scrubText("u-priyanka and u-priya, said priya raman.", subject)).toBe(
      "u-priyanka and former-abc, said a former participant.",
    );
    const settings = { ...base("batonSettings", { adminIds: ["u-priya"] }), pk: "t:acme" };
    expect(planDocument(settings, subject).action).toBe("delete");
  });
});

describe("export assembler", () => {
  it("includes the person's own notes and answers and never the partner's", () => {
    const pair = [
      base("pair", {
        pairId: "p1",
        status: "active",
        members: [
          { userId: "u-priya", role: "mentee", displayName: "Priya Raman" },
          { userId: "u-oskar", role: "mentor", displayName: "Oskar <b>" },
        ],
      }),
      base("privateNote", { authorId: "u-priya", text: "mine" }),
      base("privateNote", { authorId: "u-oskar", text: "his" }),
      base("checkIn", { userId: "u-oskar", usefulness: 2 }),
      base("chemistryCheck", { userId: "u-priya", answer: "yes" }),
    ];
    const data = assembleExport({
      userId: "u-priya",
      displayName: "Priya Raman",
      own: [{ ...base("profile", { userId: "u-priya" }), pk: "t:acme|user:u-priya" }],
      pairs: [pair],
      programs: [
        base("surveyResponse", { userId: "u-oskar", lesson: "his answer" }),
        base("surveyResponse", { userId: "u-priya", lesson: "my answer" }),
      ],
      now: "2026-11-30T00:00:00.000Z",
    });
    const json = JSON.stringify(data);
    expect(json).toContain("mine");
    expect(json).toContain("my answer");
    expect(json).not.toContain("his");
    expect(data.pairs[0]!.checkIns).toEqual([]);
    expect(data.pairs[0]!.chemistryAnswers).toHaveLength(1);
    expect(json).not.toContain('"pk"');
    const html = exportToHtml(data);
    expect(html).toContain("Oskar &lt;b&gt;");
    expect(html).not.toContain("<b>");
  });
});

describe("retention dates", () => {
  it("is closedAt plus the retention months, clamped to the month's last day", async () => {
    const { retentionDueAt, isPastRetention } = await import("./retention");
    expect(retentionDueAt({ status: "running", retentionMonths: 12 })).toBeNull();
    const p = { status: "closed" as const, retentionMonths: 1, closedAt: "2026-01-31T10:00:00.000Z" };
    expect(retentionDueAt(p)).toBe("2026-02-28T10:00:00.000Z");
    expect(isPastRetention(p, new Date("2026-02-28T09:59:00.000Z"))).toBe(false);
    expect(isPastRetention(p, new Date("2026-02-28T10:00:00.000Z"))).toBe(true);
  });
});
