import type { AgreementTerms } from "@baton/shared";
import { describe, expect, it } from "vitest";
import { fromFormValues, toFormValues } from "./agreement-form-values";

const terms: AgreementTerms = {
  goals: "Learn the backup architecture",
  meetingFrequency: "biweekly",
  meetingLengthMinutes: 45,
  channels: ["Teams chat", "Video call"],
  responseTime: "Within two working days",
  confidentiality: "What we discuss stays between us.",
  boundaries: "No performance reviews.",
  startDate: "2026-11-01",
  endDate: "2027-04-30",
};

describe("agreement form values", () => {
  it("round-trips the terms", () => {
    const values = toFormValues(terms);
    expect(values.channels).toBe("Teams chat, Video call");
    expect(values.meetingLengthMinutes).toBe("45");
    expect(fromFormValues(values)).toEqual({ errors: {}, terms });
  });

  it("drops empty channels", () => {
    const result = fromFormValues({ ...toFormValues(terms), channels: " chat, ,video ," });
    expect(result.terms?.channels).toEqual(["chat", "video"]);
  });

  it("names each invalid field", () => {
    const result = fromFormValues({
      ...toFormValues(terms),
      meetingLengthMinutes: "10",
      endDate: "2026-10-01",
      goals: "x".repeat(2001),
      channels: "a,b,c,d,e,f,g,h,i",
    });
    expect(result.terms).toBeUndefined();
    expect(Object.keys(result.errors).sort()).toEqual([
      "channels",
      "endDate",
      "goals",
      "meetingLengthMinutes",
    ]);
    expect(result.errors.endDate).toContain("before the start date");
  });

  it("refuses goals that were emptied", () => {
    const result = fromFormValues({ ...toFormValues(terms), goals: "  \n " });
    expect(result.terms).toBeUndefined();
    expect(result.errors.goals).toBe("Write the goals you agreed on.");
  });

  it("requires dates and whole minutes", () => {
    const result = fromFormValues({ ...toFormValues(terms), startDate: "", meetingLengthMinutes: "30.5" });
    expect(result.errors.startDate).toBe("Choose a start date.");
    expect(result.errors.meetingLengthMinutes).toBeDefined();
    expect(result.errors.endDate).toBeUndefined();
  });
});
