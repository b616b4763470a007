import { describe, expect, it } from "vitest";
import { approvedWords, overlapWords, timeDifferenceWords } from "./match-words";

describe("match words", () => {
  it("says how much weekly time a pair shares", () => {
    expect(overlapWords(0)).toBe("No weekly time in common");
    expect(overlapWords(45)).toBe("45 min a week in common");
    expect(overlapWords(150)).toBe("2 h 30 min a week in common");
  });

  it("says how far apart the time zones are", () => {
    expect(timeDifferenceWords(0)).toBe("Same time zone");
    expect(timeDifferenceWords(-330)).toBe("5 h 30 min apart");
    expect(timeDifferenceWords(120)).toBe("2 h apart");
  });
});

describe("approvedWords", () => {
  it("says where a pair's introductions stand", () => {
    expect(approvedWords("sent")).toMatch(/both were introduced/);
    expect(approvedWords("queued")).toMatch(/on their way/);
    expect(approvedWords(undefined)).toMatch(/on their way/);
    expect(approvedWords("failed")).toMatch(/could not be delivered/);
  });
});
