import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps short notes and shortens long ones on one line", () => {
    expect(excerpt("Ask about\n on-call")).toBe("Ask about on-call");
    expect(excerpt("a".repeat(50), 10)).toBe("aaaaaaaaa…");
  });
});
