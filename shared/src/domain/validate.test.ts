import { describe, expect, it } from "vitest";
import { createActionItemInput } from "../api/pair-inputs";
import { DomainError } from "./errors";
import { partitionKeys } from "./keys";
import { parseInput } from "./validate";

describe("parseInput", () => {
  it("returns the parsed value", () => {
    expect(parseInput(createActionItemInput, { title: " Read ", ownerId: "u1" })).toEqual({
      title: "Read",
      ownerId: "u1",
    });
  });

  it("names the first bad field in a validation error", () => {
    try {
      parseInput(createActionItemInput, { title: "Read", ownerId: "u1", dueDate: "soon" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: "validation", field: "dueDate" });
    }
  });

  it("calls a missing or non-object body 'body'", () => {
    expect(() => parseInput(createActionItemInput, undefined)).toThrow(/body/);
  });
});

describe("partition keys", () => {
  it("always start with the tenant", () => {
    for (const pk of [
      partitionKeys.tenant("a"),
      partitionKeys.user("a", "u"),
      partitionKeys.pair("a", "p"),
      partitionKeys.program("a", "g"),
    ])
      expect(pk.startsWith("t:a")).toBe(true);
  });
});
