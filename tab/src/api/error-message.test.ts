import { describe, expect, it } from "vitest";
import { ApiError, networkError, parseApiError } from "./api-error";
import { conflictMessage, errorMessage, formFieldOf, readableValidation } from "./error-message";

describe("errorMessage", () => {
  it("says what to do for a stale etag", () => {
    expect(
      errorMessage(parseApiError(412, JSON.stringify({ error: { code: "conflict", message: "x" } }))),
    ).toBe(conflictMessage);
    expect(conflictMessage).toContain("Reload");
  });

  it("shows the server's words for a refused state, e.g. a closed pair", () => {
    const closed = parseApiError(
      409,
      JSON.stringify({ error: { code: "state", message: "This pair is closed: read-only." } }),
    );
    expect(errorMessage(closed)).toBe("This pair is closed: read-only.");
  });

  it("shows the server's validation message without the field prefix", () => {
    const error = new ApiError("validation", 400, "validation", "terms.goals: too long", "terms.goals");
    expect(errorMessage(error)).toBe("Too long");
  });

  it("names the action for network and server problems", () => {
    expect(errorMessage(networkError(new Error("x")), "load your pairs")).toContain("load your pairs");
    expect(errorMessage(parseApiError(500, ""), "add the goal")).toContain("add the goal");
  });

  it("handles unknown errors", () => {
    expect(errorMessage(new Error("boom"))).toContain("Try again");
  });

  it("explains not-found without revealing the pair", () => {
    expect(errorMessage(parseApiError(404, ""))).toContain("not part of this pair");
  });
});

describe("readableValidation", () => {
  it("capitalises and strips the prefix", () => {
    expect(readableValidation("title: a goal needs a title", "title")).toBe("A goal needs a title");
    expect(readableValidation("", "title")).toBe("Check this value.");
    expect(readableValidation("other: x", "title")).toBe("Other: x");
  });
});

describe("formFieldOf", () => {
  it("maps server paths to form fields", () => {
    expect(formFieldOf("terms.endDate", "terms")).toBe("endDate");
    expect(formFieldOf("terms.channels.2", "terms")).toBe("channels");
    expect(formFieldOf("milestones.0.title")).toBe("milestones");
    expect(formFieldOf("title")).toBe("title");
  });

  it("returns undefined for other forms' fields", () => {
    expect(formFieldOf("etag", "terms")).toBeUndefined();
    expect(formFieldOf(undefined)).toBeUndefined();
    expect(formFieldOf("terms", "terms")).toBeUndefined();
  });
});
