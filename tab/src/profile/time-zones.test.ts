import { describe, expect, it } from "vitest";
import { timeZoneOptions } from "./time-zones";

describe("timeZoneOptions", () => {
  it("lists the zones with UTC and the current one, sorted, each once", () => {
    const zones = timeZoneOptions("Europe/Paris");
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Berlin");
    expect(zones.filter((z) => z === "Europe/Paris")).toHaveLength(1);
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });

  it("keeps an unusual current zone so the select can show it", () => {
    expect(timeZoneOptions("Etc/GMT+5")).toContain("Etc/GMT+5");
  });
});
