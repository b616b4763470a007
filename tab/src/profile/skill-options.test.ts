import { describe, expect, it } from "vitest";
import { skillGroups, skillNamer } from "./skill-options";

const skills = [
  { id: "bgp", name: "BGP routing", group: "networking", critical: true },
  { id: "azure", name: "Azure", group: "cloud", critical: true },
  { id: "firewalls", name: "Firewall rules", group: "networking", critical: true },
  { id: "azure", name: "Azure", group: "cloud", critical: true },
];

describe("skill pickers", () => {
  it("groups skills by group, each once, sorted by name", () => {
    expect(skillGroups(skills).map((g) => [g.group, g.skills.map((s) => s.id)])).toEqual([
      ["Cloud", ["azure"]],
      ["Networking", ["bgp", "firewalls"]],
    ]);
  });

  it("names skills, falling back to the id", () => {
    const name = skillNamer(skills);
    expect(name("bgp")).toBe("BGP routing");
    expect(name("cobol")).toBe("cobol");
  });
});
