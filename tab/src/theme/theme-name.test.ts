import { describe, expect, it } from "vitest";
import { themeNameFrom } from "./theme-name";

describe("themeNameFrom", () => {
  it("maps the Teams themes", () => {
    expect(themeNameFrom("default")).toBe("light");
    expect(themeNameFrom("dark")).toBe("dark");
    expect(themeNameFrom("contrast")).toBe("contrast");
  });

  it("accepts the query parameter in any case", () => {
    expect(themeNameFrom(" Dark ")).toBe("dark");
    expect(themeNameFrom("CONTRAST")).toBe("contrast");
  });

  it("falls back to light for missing or unknown values", () => {
    expect(themeNameFrom(null)).toBe("light");
    expect(themeNameFrom(undefined)).toBe("light");
    expect(themeNameFrom("sepia")).toBe("light");
  });
});
