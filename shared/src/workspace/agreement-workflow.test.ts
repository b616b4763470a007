import { describe, expect, it } from "vitest";
import { AGREEMENT_HISTORY_POLICY, agreementDocument, type AgreementTerms } from "../domain/agreement";
import { boundHistory, confirmAgreement, editAgreement, newAgreement } from "./agreement-workflow";

const terms: AgreementTerms = {
  goals: "Learn BGP",
  meetingFrequency: "biweekly",
  meetingLengthMinutes: 45,
  channels: ["Teams chat"],
  responseTime: "2 days",
  confidentiality: "between us",
  boundaries: "no reviews",
  startDate: "2026-01-01",
  endDate: "2026-06-30",
};
const members = ["mentor", "mentee"];
const draft = () =>
  newAgreement(
    { id: "agreement", pk: "t:x|pair:p", tenantId: "x", pairId: "p" },
    terms,
    "mentor",
    "2026-01-01T00:00:00.000Z",
  );

describe("agreement workflow", () => {
  it("is confirmed only when every member has confirmed the same version", () => {
    const one = confirmAgreement(draft(), members, "mentee", "2026-01-02T00:00:00.000Z");
    expect(one.status).toBe("draft");
    expect(Object.keys(one.confirmations)).toEqual(["mentee"]);
    const both = confirmAgreement(one, members, "mentor", "2026-01-03T00:00:00.000Z");
    expect(both.status).toBe("confirmed");
    expect(both.history.at(-1)).toMatchObject({ event: "confirmed", version: 1, terms });
  });

  it("an edit to a draft clears earlier confirmations", () => {
    const one = confirmAgreement(draft(), members, "mentee", "2026-01-02T00:00:00.000Z");
    const edited = editAgreement(
      one,
      { ...terms, meetingLengthMinutes: 30 },
      "mentor",
      "2026-01-03T00:00:00.000Z",
    );
    expect(edited.confirmations).toEqual({});
    expect(edited.version).toBe(1);
  });

  it("a change after confirmation opens a new version that needs both again; the old one stays in history", () => {
    let a = confirmAgreement(draft(), members, "mentee", "2026-01-02T00:00:00.000Z");
    a = confirmAgreement(a, members, "mentor", "2026-01-02T00:00:00.000Z");
    const changed = editAgreement(
      a,
      { ...terms, goals: "Learn BGP and OSPF" },
      "mentee",
      "2026-02-01T00:00:00.000Z",
    );
    expect(changed).toMatchObject({ status: "draft", version: 2, confirmations: {} });
    expect(changed.history.map((h) => h.event)).toEqual([
      "drafted",
      "confirmed-by",
      "confirmed-by",
      "confirmed",
      "reopened",
      "edited",
    ]);
    expect(changed.history.find((h) => h.event === "confirmed")?.terms?.goals).toBe("Learn BGP");
  });

  it("an edit that changes nothing keeps the agreement as it is", () => {
    const a = draft();
    expect(editAgreement(a, { ...terms }, "mentee", "2026-01-05T00:00:00.000Z")).toBe(a);
  });

  it("confirming twice is harmless; confirming without goals is refused", () => {
    const one = confirmAgreement(draft(), members, "mentee", "2026-01-02T00:00:00.000Z");
    expect(confirmAgreement(one, members, "mentee", "2026-01-04T00:00:00.000Z")).toBe(one);
    const empty = editAgreement(draft(), { ...terms, goals: " " }, "mentor", "2026-01-02T00:00:00.000Z");
    expect(() => confirmAgreement(empty, members, "mentor", "2026-01-03T00:00:00.000Z")).toThrow(/achieve/);
  });
});

describe("agreement history policy", () => {
  it("keeps the first entry, the latest confirmed versions and the latest entries, in order", () => {
    let doc = draft();
    for (let v = 0; v < 80; v++) {
      doc = editAgreement(doc, { ...terms, goals: `Goal ${v}` }, "mentor", "2026-02-01T00:00:00.000Z");
      doc = confirmAgreement(doc, members, "mentee", "2026-02-01T00:00:00.000Z");
      doc = confirmAgreement(doc, members, "mentor", "2026-02-01T00:00:00.000Z");
      for (let e = 0; e < 5; e++)
        doc = editAgreement(doc, { ...terms, goals: `Goal ${v}.${e}` }, "mentor", "2026-02-01T00:00:00.000Z");
    }
    const { history } = doc;
    expect(history.length).toBeLessThanOrEqual(AGREEMENT_HISTORY_POLICY.maxEntries);
    expect(history[0]).toMatchObject({ event: "drafted", version: 1 });
    const confirmed = history.filter((h) => h.event === "confirmed");
    expect(confirmed).toHaveLength(AGREEMENT_HISTORY_POLICY.confirmed);
    expect(confirmed.at(-1)?.terms?.goals).toBe("Goal 79");
    expect(confirmed[0]?.terms?.goals).toBe(`Goal ${80 - AGREEMENT_HISTORY_POLICY.confirmed}`);
    const versions = history.map((h) => h.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(agreementDocument.safeParse(doc).success).toBe(true);
  });

  it("leaves a short history as it is", () => {
    const short = draft().history;
    expect(boundHistory(short)).toEqual(short);
  });
});
