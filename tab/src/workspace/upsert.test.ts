import { describe, expect, it } from "vitest";
import { upsertBy } from "./upsert";

describe("upsertBy", () => {
  const items = [
    { id: "a", v: 1 },
    { id: "b", v: 1 },
  ];

  it("replaces in place", () => {
    expect(upsertBy(items, { id: "a", v: 2 }, "id")).toEqual([
      { id: "a", v: 2 },
      { id: "b", v: 1 },
    ]);
  });

  it("appends new items without touching the input", () => {
    expect(upsertBy(items, { id: "c", v: 1 }, "id")).toHaveLength(3);
    expect(items).toHaveLength(2);
  });
});
