import { describe, expect, it } from "vitest";
import { whyNotInWords } from "./why-not-words";

const names = { "u-ana": "Ana Silva", "u-anabel": "Anabel Ruiz", "u-tom": "Tom Becker" };

describe("whyNotInWords", () => {
  it("puts display names in place of ids, possessives included", () => {
    expect(
      whyNotInWords(
        {
          kind: "mentor-full",
          message:
            "u-tom is full with stronger matches (weakest 60 vs 40 for this pair); forcing this costs 12 points of total score.",
        },
        names,
      ),
    ).toBe(
      "Tom Becker is full with stronger matches (weakest 60 vs 40 for this pair); forcing this costs 12 points of total score.",
    );
    expect(
      whyNotInWords(
        { kind: "hard-rule", message: "Not allowed: u-tom is in u-ana's reporting line." },
        names,
      ),
    ).toBe("Not allowed: Tom Becker is in Ana Silva's reporting line.");
  });

  it("replaces whole ids only and leaves unknown ids and plain text alone", () => {
    expect(
      whyNotInWords(
        { kind: "mentee-has-better", message: "u-anabel's match with u-ana fits better; u-x stays." },
        names,
      ),
    ).toBe("Anabel Ruiz's match with Ana Silva fits better; u-x stays.");
    expect(whyNotInWords({ kind: "zero-score", message: "This pair scores 0." }, {})).toBe(
      "This pair scores 0.",
    );
  });
});
