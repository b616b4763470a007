import { describe, expect, it } from "vitest";
import { cohortLabel, figureText, visiblePoints } from "./figure-text";

describe("figureText", () => {
  it("says what a hidden figure is, and never shows its number", () => {
    expect(figureText({ value: 1234 }, 5)).toBe("1,234");
    expect(figureText({ value: 40 }, 5, "%")).toBe("40%");
    expect(figureText({ hidden: "small" }, 5)).toBe("fewer than 5");
    expect(figureText({ hidden: "withheld" }, 5)).toBe("withheld");
    expect(figureText({}, 5)).toBe("none yet");
  });

  it("leaves hidden points out of a chart", () => {
    const points = visiblePoints(
      [{ f: { value: 3 } }, { f: { hidden: "small" as const } }, { f: {} }],
      (x) => x.f,
    );
    expect(points.map((p) => p.y)).toEqual([3]);
  });

  it("labels cohorts", () => {
    expect(cohortLabel("2026-Q1")).toBe("2026 Q1");
    expect(cohortLabel("all")).toBe("All cohorts");
  });
});
