import { describe, expect, it } from "vitest";
import { cutText, hasLoneSurrogate } from "./cut-text";

describe("cutText", () => {
  it("leaves short text alone", () => {
    expect(cutText("hello", 10)).toBe("hello");
  });

  it("never cuts inside a character or a grapheme (emoji, skin tones, flags, ZWJ families, accents)", () => {
    for (const tail of ["👍🏽", "🇸🇪", "👩‍👩‍👧", "é", "😀"]) {
      for (let max = 55; max <= 62; max++) {
        const text = "a".repeat(58) + tail + " and more";
        const cut = cutText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(cut)).toBe(false);
        // A prefix that ends where a grapheme ends: the whole emoji is kept or none of it.
        expect(text.startsWith(cut)).toBe(true);
        const ends = [...new Intl.Segmenter().segment(text)].map((g) => g.index + g.segment.length);
        expect([0, ...ends]).toContain(cut.length);
      }
    }
  });

  it("adds a marker inside the budget when it cuts", () => {
    const cut = cutText("a".repeat(59) + "👍🏽👍🏽", 60, "…");
    expect(cut).toBe("a".repeat(59) + "…");
    expect(cut.length).toBeLessThanOrEqual(60);
  });

  it("finds lone surrogates", () => {
    expect(hasLoneSurrogate("ok 👍")).toBe(false);
    expect(hasLoneSurrogate("bad \uD83D")).toBe(true);
    expect(hasLoneSurrogate("bad \uDC4D end")).toBe(true);
  });
});
