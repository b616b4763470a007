import { describe, expect, it } from "vitest";
import { itTaxonomy, type ProgramDocument } from "@baton/shared";
import {
  changedFields,
  createInputOf,
  draftFromProgram,
  draftFromTemplate,
  newSkillId,
  withDuration,
} from "./setup-draft";

describe("setup drafts", () => {
  it("start from a template, with an end date from the duration", () => {
    const d = draftFromTemplate("it-onboarding", "2027-01-10");
    expect(d).toMatchObject({
      purpose: "onboarding",
      duration: "3-months",
      cohortEnd: "2027-04-10",
      cadence: "weekly",
    });
    expect(withDuration(d, "evergreen").cohortEnd).toBe("");
    expect(createInputOf("it-onboarding", { ...d, name: "Buddies" })).toMatchObject({
      name: "Buddies",
      template: "it-onboarding",
      cohortEnd: "2027-04-10",
    });
  });

  it("send only what changed", () => {
    const program = {
      ...draftFromTemplate("skill-transfer", "2027-01-10"),
      name: "X",
      cohortEnd: "2027-07-10",
      programId: "p",
      status: "open",
      ownerIds: ["u"],
    } as unknown as ProgramDocument;
    const d = draftFromProgram(program);
    expect(changedFields(program, d)).toEqual({});
    expect(changedFields(program, { ...d, cadence: "monthly", cohortEnd: "" })).toEqual({
      cadence: "monthly",
      cohortEnd: null,
    });
  });

  it("make unique skill ids from names", () => {
    const skills = itTaxonomy();
    expect(newSkillId("Mainframe COBOL", skills)).toBe("mainframe-cobol");
    expect(
      newSkillId("Microsoft Azure", [{ id: "microsoft-azure", name: "", group: "", critical: false }]),
    ).toBe("microsoft-azure-2");
    expect(newSkillId("!!!", [])).toBe("skill");
  });
});
