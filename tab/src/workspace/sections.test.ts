import { describe, expect, it } from "vitest";
import { sectionFrom, sections } from "./sections";

describe("sectionFrom", () => {
  it("accepts known sections and defaults to the agreement", () => {
    expect(sectionFrom("goals")).toBe("goals");
    expect(sectionFrom("private-notes")).toBe("private-notes");
    expect(sectionFrom("admin")).toBe("agreement");
    expect(sectionFrom(null)).toBe("agreement");
    expect(sections.map((s) => s.label)).toContain("Action items");
  });
});
