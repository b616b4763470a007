import type { AgreementTerms } from "@baton/shared";
import { describe, expect, it } from "vitest";
import { agreementDiff, confirmedByBothAt, pastVersions } from "./agreement-diff";
import { confirmAgreement, editAgreement, newAgreement } from "@baton/shared";

const v1: AgreementTerms = {
  goals: "Priya reviews firewall changes with Oskar.",
  meetingFrequency: "biweekly",
  meetingLengthMinutes: 45,
  channels: ["Teams chat"],
  responseTime: "Within two working days",
  confidentiality: "What we discuss stays between us.",
  boundaries: "",
  startDate: "2026-01-05",
  endDate: "2026-06-30",
};

describe("agreementDiff", () => {
  it("lists only the changed fields, word by word for free text, old and new value for the rest", () => {
    const v2 = {
      ...v1,
      goals: "Priya reviews firewall changes alone.",
      meetingLengthMinutes: 60,
      boundaries: "No performance reviews.",
    };
    const diff = agreementDiff(v1, v2, "en-GB");
    expect(diff.changed.map((c) => c.label)).toEqual(["Goals", "Meeting length", "Boundaries"]);
    expect(diff.unchanged).toEqual([
      "Meeting frequency",
      "Channels",
      "Response time",
      "Confidentiality",
      "Start date",
      "End date",
    ]);
    const goals = diff.changed[0]!;
    expect(goals.parts?.filter((p) => p.change === "removed").map((p) => p.text.trim())).toEqual([
      "with Oskar",
    ]);
    expect(goals.parts?.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["alone"]);
    // Reading only the kept and removed parts gives the old text; kept and added, the new one.
    const read = (skip: string) =>
      goals.parts
        ?.filter((p) => p.change !== skip)
        .map((p) => p.text)
        .join("");
    expect(read("added")).toBe(v1.goals);
    expect(read("removed")).toBe(v2.goals);
    expect(diff.changed[1]).toEqual({
      field: "meetingLengthMinutes",
      label: "Meeting length",
      before: "45 minutes",
      after: "60 minutes",
    });
    expect(diff.changed[2]).toMatchObject({ before: "Not written yet", after: "No performance reviews." });
  });

  it("finds nothing changed between a version and itself", () => {
    expect(agreementDiff(v1, { ...v1 }, "en-GB").changed).toEqual([]);
  });
});

describe("pastVersions and confirmedByBothAt", () => {
  const members = ["u-a", "u-b"];
  const base = { id: "agreement", pk: "t:x|pair:p", tenantId: "x", pairId: "p" };
  const confirmBoth = (a: ReturnType<typeof newAgreement>, at: string) =>
    confirmAgreement(confirmAgreement(a, members, "u-a", at), members, "u-b", at);

  it("every earlier version can be read with its terms; the current one is not listed", () => {
    let a = confirmBoth(
      newAgreement(base, v1, "u-a", "2026-01-01T00:00:00.000Z"),
      "2026-01-02T00:00:00.000Z",
    );
    expect(pastVersions(a)).toEqual([]);
    expect(confirmedByBothAt(a)).toBe("2026-01-02T00:00:00.000Z");
    a = editAgreement(a, { ...v1, meetingLengthMinutes: 60 }, "u-b", "2026-02-01T00:00:00.000Z");
    expect(confirmedByBothAt(a)).toBeUndefined();
    a = confirmBoth(a, "2026-02-02T00:00:00.000Z");
    a = editAgreement(a, { ...v1, meetingLengthMinutes: 30 }, "u-a", "2026-03-01T00:00:00.000Z");
    expect(pastVersions(a)).toEqual([
      { version: 2, confirmedAt: "2026-02-02T00:00:00.000Z", terms: { ...v1, meetingLengthMinutes: 60 } },
      { version: 1, confirmedAt: "2026-01-02T00:00:00.000Z", terms: v1 },
    ]);
  });
});
