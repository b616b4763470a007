import { describe, expect, it } from "vitest";
import { networkError, parseApiError } from "./api-error";

describe("parseApiError", () => {
  it("reads code, message and field from the error body", () => {
    const error = parseApiError(
      400,
      JSON.stringify({
        error: { code: "validation", message: "terms.goals: too long", field: "terms.goals" },
      }),
    );
    expect(error.kind).toBe("validation");
    expect(error.status).toBe(400);
    expect(error.code).toBe("validation");
    expect(error.message).toBe("terms.goals: too long");
    expect(error.field).toBe("terms.goals");
  });

  it("treats 412 and the conflict code as a conflict", () => {
    expect(parseApiError(412, JSON.stringify({ error: { code: "conflict", message: "x" } })).kind).toBe(
      "conflict",
    );
    expect(parseApiError(409, JSON.stringify({ error: { code: "conflict", message: "x" } })).kind).toBe(
      "conflict",
    );
  });

  it("maps statuses to kinds", () => {
    expect(parseApiError(401, "").kind).toBe("unauthorized");
    expect(parseApiError(403, "").kind).toBe("forbidden");
    expect(parseApiError(404, "").kind).toBe("not-found");
    const closed = parseApiError(
      409,
      JSON.stringify({ error: { code: "state", message: "This pair is closed." } }),
    );
    expect(closed.kind).toBe("state");
    expect(closed.message).toBe("This pair is closed.");
    expect(parseApiError(500, "").kind).toBe("server");
    expect(parseApiError(503, "").kind).toBe("server");
  });

  it("survives bodies that are not the expected JSON", () => {
    const error = parseApiError(502, "<html>Bad gateway</html>");
    expect(error.kind).toBe("server");
    expect(error.code).toBe("server");
    expect(error.message).toBe("The server answered 502.");
    expect(error.field).toBeUndefined();
    expect(parseApiError(400, JSON.stringify({ error: "nope" })).message).toBe("The server answered 400.");
    expect(parseApiError(400, JSON.stringify([1, 2])).kind).toBe("validation");
  });

  it("ignores an empty field name", () => {
    expect(
      parseApiError(400, JSON.stringify({ error: { code: "validation", message: "m", field: "" } })).field,
    ).toBe(undefined);
  });
});

describe("networkError", () => {
  it("keeps the cause's message", () => {
    const error = networkError(new TypeError("Failed to fetch"));
    expect(error.kind).toBe("network");
    expect(error.message).toBe("Failed to fetch");
    expect(networkError("weird").message).toBe("The network request failed.");
  });
});
