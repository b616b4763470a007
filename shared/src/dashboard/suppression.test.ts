import { describe, expect, it } from "vitest";
import { suppressCells } from "./suppression";

const cells = (o: Record<string, number>) => new Map(Object.entries(o));

describe("suppressCells", () => {
  it("hides counts from 1 to min − 1 and keeps zero and larger counts", () => {
    const hidden = suppressCells(cells({ a: 0, b: 1, c: 4, d: 5 }), [], 5);
    expect([...hidden]).toEqual([
      ["b", "small"],
      ["c", "small"],
    ]);
  });

  it("hides a second part when total minus the visible parts would give a hidden one away", () => {
    const hidden = suppressCells(
      cells({ total: 13, a: 3, b: 10 }),
      [{ total: "total", parts: ["a", "b"] }],
      5,
    );
    expect(hidden.get("a")).toBe("small");
    expect(hidden.get("b")).toBe("withheld");
    expect(hidden.has("total")).toBe(false);
  });

  it("never picks a zero as the second cell (it would still give the hidden one away)", () => {
    const hidden = suppressCells(
      cells({ total: 20, a: 3, z: 0, b: 9, c: 8 }),
      [{ total: "total", parts: ["a", "z", "b", "c"] }],
      5,
    );
    expect(hidden.get("z")).toBeUndefined();
    expect(hidden.get("c")).toBe("withheld"); // the smallest non-zero visible part
    expect(hidden.has("b")).toBe(false);
  });

  it("hides the total when no other part can be hidden", () => {
    const hidden = suppressCells(cells({ total: 3, a: 3, z: 0 }), [{ total: "total", parts: ["a", "z"] }], 2);
    expect(hidden.size).toBe(0); // 3 ≥ 2: nothing small
    const hidden2 = suppressCells(
      cells({ total: 7, a: 3, z: 0 }),
      [{ total: "total", parts: ["a", "z"] }],
      5,
    );
    // a is small and hidden; total 7 is large but a = total − 0 would give a away.
    expect(hidden2.get("a")).toBe("small");
    expect(hidden2.get("total")).toBe("withheld");
  });

  it("follows a hidden cell into every relation it sits in", () => {
    // Row: T1 = a + b; column: T2 = b + c. Hiding a forces b, which forces c.
    const hidden = suppressCells(
      cells({ T1: 9, a: 3, b: 6, T2: 13, c: 7 }),
      [
        { total: "T1", parts: ["a", "b"] },
        { total: "T2", parts: ["b", "c"] },
      ],
      5,
    );
    expect(Object.fromEntries(hidden)).toEqual({ a: "small", b: "withheld", c: "withheld" });
  });

  it("a total hidden as small with visible parts makes a part hidden too", () => {
    // cells forced small (a figure over a small group) count as hidden like any other.
    const hidden = suppressCells(cells({ T: 12, a: 6, b: 6 }), [{ total: "T", parts: ["a", "b"] }], 5, ["T"]);
    expect(hidden.get("T")).toBe("small");
    expect(hidden.get("a")).toBe("withheld");
  });

  it("leaves every relation with none or at least two hidden members", () => {
    const values = cells({ T: 40, a: 1, b: 2, c: 12, d: 25, U: 14, e: 13 });
    const relations = [
      { total: "T", parts: ["a", "b", "c", "d"] },
      { total: "U", parts: ["a", "e"] },
    ];
    const hidden = suppressCells(values, relations, 5);
    for (const r of relations)
      expect([r.total, ...r.parts].filter((id) => hidden.has(id)).length).not.toBe(1);
  });
});
