import type { ProfileView } from "@baton/shared";
import { describe, expect, it } from "vitest";
import { fromFormValues, isFormField, rowKey, toFormValues } from "./profile-form-values";

type Profile = NonNullable<ProfileView["profile"]>;

const profile: Profile = {
  id: "profile:u-priya",
  pk: "tenant",
  tenantId: "t",
  type: "profile",
  userId: "u-priya",
  displayName: "Priya Raman",
  role: "Junior Cloud Engineer",
  team: "Cloud",
  reportingLine: ["u-amara"],
  managerId: "u-amara",
  level: "new-hire",
  timeZone: "Asia/Kolkata",
  learn: [{ skillId: "terraform", level: 2 }],
  offer: [],
  goals: "Write Terraform modules the team can reuse.",
  styles: ["hands-on"],
  communication: ["video"],
  formats: ["one-to-one"],
  teamPreference: "cross-team",
  availability: [{ day: 1, startMinute: 540, endMinute: 720 }],
  mentorCapacity: 0,
  programIds: ["p1"],
  status: "active",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

const ctx = {
  userId: "u-priya",
  skills: [
    { id: "terraform", name: "Terraform", group: "cloud", critical: false },
    { id: "azure", name: "Azure", group: "cloud", critical: true },
  ],
  formats: ["one-to-one" as const, "group" as const],
};

describe("profile form values", () => {
  it("round-trips a stored profile into the PUT body", () => {
    const { input, errors } = fromFormValues(toFormValues(profile), "etag-1", ctx);
    expect(errors).toEqual({});
    expect(input).toEqual({
      etag: "etag-1",
      role: "Junior Cloud Engineer",
      team: "Cloud",
      level: "new-hire",
      timeZone: "Asia/Kolkata",
      learn: [{ skillId: "terraform", level: 2 }],
      offer: [],
      goals: "Write Terraform modules the team can reuse.",
      styles: ["hands-on"],
      communication: ["video"],
      formats: ["one-to-one"],
      teamPreference: "cross-team",
      availability: [{ day: 1, startMinute: 540, endMinute: 720 }],
      mentorCapacity: 0,
    });
    expect(input).not.toHaveProperty("managerId");
  });

  it("maps added rows and midnight ends", () => {
    const values = toFormValues(profile);
    values.learn.push({ key: rowKey(), skillId: "azure", level: "1" });
    values.availability.push({ key: rowKey(), day: "6", start: "20:00", end: "00:00" });
    const { input } = fromFormValues(values, "e", ctx);
    expect(input?.learn).toEqual([
      { skillId: "terraform", level: 2 },
      { skillId: "azure", level: 1 },
    ]);
    expect(input?.availability?.[1]).toEqual({ day: 6, startMinute: 1200, endMinute: 1440 });
  });

  it("names the field of each problem with the API's paths and the shared messages", () => {
    const values = toFormValues(profile);
    values.role = "";
    values.learn.push({ key: rowKey(), skillId: "", level: "2" });
    values.availability[0] = { key: "x", day: "1", start: "12:00", end: "09:00" };
    values.styles = [];
    const { input, errors } = fromFormValues(values, "e", ctx);
    expect(input).toBeUndefined();
    expect(errors).toMatchObject({
      role: "Tell us your role, e.g. Network engineer.",
      "learn.1.skillId": "Choose a skill, or remove this row.",
      styles: "Pick at least one mentoring style.",
    });
    expect(errors["availability.0.endMinute"]).toBe("A slot must end after it starts.");
  });

  it("applies the program rules once the fields are well formed", () => {
    const values = toFormValues(profile);
    values.learn.push({ key: rowKey(), skillId: "terraform", level: "3" });
    values.mentorCapacity = "2";
    const { errors } = fromFormValues(values, "e", ctx);
    expect(errors).toEqual({
      "learn.1.skillId": "Each skill only once, please.",
      mentorCapacity: "To mentor someone, offer at least one skill first.",
    });
  });

  it("reports missing times", () => {
    const values = toFormValues(profile);
    values.availability[0] = { key: "x", day: "0", start: "", end: "" };
    const { errors } = fromFormValues(values, "e", ctx);
    expect(errors["availability.0.startMinute"]).toBe("Enter a start time.");
    expect(errors["availability.0.endMinute"]).toBe("Enter an end time.");
  });

  it("knows which server paths the form can show", () => {
    const values = toFormValues(profile);
    expect(isFormField("learn.0.skillId", values)).toBe(true);
    expect(isFormField("learn.3.skillId", values)).toBe(false);
    expect(isFormField("mentorCapacity", values)).toBe(true);
    expect(isFormField("managerId", values)).toBe(false);
    expect(isFormField(undefined, values)).toBe(false);
  });
});
