import { describe, expect, it } from "vitest";
import { isHttpsLink } from "./resource-words";

describe("isHttpsLink", () => {
  it("accepts https links only", () => {
    expect(isHttpsLink("https://learn.microsoft.com/x")).toBe(true);
    expect(isHttpsLink("http://example.com")).toBe(false);
    expect(isHttpsLink("javascript:alert(1)")).toBe(false);
    expect(isHttpsLink("https://a:b@example.com")).toBe(false);
    expect(isHttpsLink("not a link")).toBe(false);
  });
});
