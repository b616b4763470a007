import { describe, expect, it } from "vitest";
import type { Skill } from "../index";
import type { DomainError } from "../domain/errors";
import {
  activeSkills,
  applyTaxonomyEdit,
  migrateClaims,
  migrateDraftClaims,
  migrateSkillIds,
  resolveSkillId,
} from "./taxonomy-edits";

const skills: Skill[] = [
  { id: "aws", name: "AWS", group: "Cloud", critical: false },
  { id: "azure", name: "Azure", group: "Cloud", critical: true },
  { id: "gcp", name: "GCP", group: "Cloud", critical: false },
];

describe("taxonomy edits", () => {
  it("renames in place and keeps the id", () => {
    const next = applyTaxonomyEdit(skills, { action: "rename", skillId: "aws", name: "Amazon Web Services" });
    expect(next.find((s) => s.id === "aws")?.name).toBe("Amazon Web Services");
    expect(next.map((s) => s.id)).toEqual(["aws", "azure", "gcp"]);
  });

  it("retires (kept, hidden from picks) and restores", () => {
    const retired = applyTaxonomyEdit(skills, { action: "retire", skillId: "gcp" });
    expect(retired).toHaveLength(3);
    expect(activeSkills(retired).map((s) => s.id)).toEqual(["aws", "azure"]);
    expect(activeSkills(applyTaxonomyEdit(retired, { action: "restore", skillId: "gcp" }))).toHaveLength(3);
  });

  it("merges: the merged skill is retired and points at the survivor, chains are flattened, criticality carries", () => {
    const once = applyTaxonomyEdit(skills, { action: "merge", skillId: "azure", intoId: "aws" });
    expect(once.find((s) => s.id === "azure")).toMatchObject({ retired: true, mergedInto: "aws" });
    expect(once.find((s) => s.id === "aws")?.critical).toBe(true);
    const twice = applyTaxonomyEdit(once, { action: "merge", skillId: "aws", intoId: "gcp" });
    expect(resolveSkillId(twice, "azure")).toBe("gcp");
    expect(twice.find((s) => s.id === "azure")?.mergedInto).toBe("gcp");
    expect(applyTaxonomyEdit(once, { action: "merge", skillId: "azure", intoId: "aws" })).toEqual(once);
  });

  it("refuses bad edits naming the field", () => {
    const field = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return (e as DomainError).field;
      }
      return undefined;
    };
    expect(field(() => applyTaxonomyEdit(skills, { action: "retire", skillId: "nope" }))).toBe("skillId");
    expect(field(() => applyTaxonomyEdit(skills, { action: "merge", skillId: "aws", intoId: "aws" }))).toBe(
      "intoId",
    );
    const merged = applyTaxonomyEdit(skills, { action: "merge", skillId: "azure", intoId: "aws" });
    expect(field(() => applyTaxonomyEdit(merged, { action: "merge", skillId: "gcp", intoId: "azure" }))).toBe(
      "intoId",
    );
    expect(field(() => applyTaxonomyEdit(merged, { action: "restore", skillId: "azure" }))).toBe("skillId");
  });

  it("migrates claims and ids to the survivor, keeping the higher level, idempotently", () => {
    const merged = applyTaxonomyEdit(skills, { action: "merge", skillId: "azure", intoId: "aws" });
    const claims = [
      { skillId: "aws", level: 2 },
      { skillId: "azure", level: 4 },
      { skillId: "gcp", level: 1 },
    ];
    const moved = migrateClaims(claims, merged);
    expect(moved).toEqual([
      { skillId: "aws", level: 4 },
      { skillId: "gcp", level: 1 },
    ]);
    expect(migrateClaims(moved, merged)).toEqual(moved);
    expect(migrateSkillIds(["azure", "aws", "gcp"], merged)).toEqual(["aws", "gcp"]);
  });

  it("moves an unfinished intake's picks off merged skills and drops retired ones", () => {
    const merged = applyTaxonomyEdit(skills, { action: "merge", skillId: "aws", intoId: "azure" });
    const retired = applyTaxonomyEdit(merged, { action: "retire", skillId: "gcp" });
    const claims = [
      { skillId: "aws", level: 2 },
      { skillId: "gcp", level: 1 },
      { skillId: "azure", level: 1 },
    ];
    expect(migrateDraftClaims(claims, retired)).toEqual([{ skillId: "azure", level: 2 }]);
    expect(migrateDraftClaims(migrateDraftClaims(claims, retired), retired)).toEqual([
      { skillId: "azure", level: 2 },
    ]);
  });
});
