import type { SkillSupply } from "@baton/shared";
import { describe, expect, it } from "vitest";
import { defaultSkillSort, nextSort, sortSkills } from "./skill-sort";

const skill = (skillId: string, shortfall: number, extra: Partial<SkillSupply> = {}): SkillSupply => ({
  skillId,
  name: skillId.toUpperCase(),
  group: "cloud",
  critical: false,
  mentors: 1,
  capacityOffered: 1,
  demand: shortfall + 1,
  shortfall,
  ...extra,
});

describe("sortSkills", () => {
  const skills = [
    skill("azure", 2),
    skill("bgp", 0, { critical: true, group: "networking" }),
    skill("sql", 2, { critical: true, group: "data" }),
    skill("vmware", 5),
  ];

  it("puts the biggest shortfall first, critical skills first on ties", () => {
    expect(sortSkills(skills, defaultSkillSort).map((s) => s.skillId)).toEqual([
      "vmware",
      "sql",
      "azure",
      "bgp",
    ]);
  });

  it("sorts ascending and by name or group", () => {
    expect(sortSkills(skills, { key: "shortfall", direction: "ascending" }).map((s) => s.skillId)).toEqual([
      "bgp",
      "sql",
      "azure",
      "vmware",
    ]);
    expect(sortSkills(skills, { key: "name", direction: "ascending" })[0]?.skillId).toBe("azure");
    expect(sortSkills(skills, { key: "group", direction: "descending" })[0]?.skillId).toBe("bgp");
  });

  it("does not change its input", () => {
    const copy = [...skills];
    sortSkills(skills, { key: "name", direction: "descending" });
    expect(skills).toEqual(copy);
  });
});

describe("nextSort", () => {
  it("flips the current column and starts others in their natural direction", () => {
    expect(nextSort(defaultSkillSort, "shortfall")).toEqual({ key: "shortfall", direction: "ascending" });
    expect(nextSort(defaultSkillSort, "name")).toEqual({ key: "name", direction: "ascending" });
    expect(nextSort({ key: "name", direction: "ascending" }, "demand")).toEqual({
      key: "demand",
      direction: "descending",
    });
  });
});
