import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isoDate, isoInstant, uniqueValues, userText } from "./common";

describe("userText", () => {
  it("refuses lone surrogates of either half, keeps whole emoji", () => {
    const text = userText(50, { trim: true, min: 1 });
    expect(text.safeParse("Kubernetes 😀 ").data).toBe("Kubernetes 😀");
    expect(text.safeParse("half \uD83D").success).toBe(false);
    expect(text.safeParse("\uDE00 half").success).toBe(false);
    expect(text.safeParse("   ").success).toBe(false);
    expect(text.safeParse("x".repeat(51)).success).toBe(false);
  });
});

describe("dates", () => {
  it("are in the years 2000 to 2100", () => {
    for (const bad of ["0000-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z", "1999-12-31T23:59:59.000Z"])
      expect(isoInstant.safeParse(bad).success, bad).toBe(false);
    expect(isoInstant.safeParse("2026-03-03T13:00:00.000Z").success).toBe(true);
    expect(isoDate.safeParse("2101-01-01").success).toBe(false);
    expect(isoDate.safeParse("2100-12-31").success).toBe(true);
  });
});

describe("uniqueValues", () => {
  it("names the repeated item", () => {
    const ids = z.array(z.string()).superRefine(uniqueValues("the skill"));
    const result = ids.safeParse(["a", "b", "a"]);
    expect(result.error?.issues[0]?.path).toEqual([2]);
  });
});
