import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildDashboardView } from "./figures";
import { dashboardCsvTable, figureCell, toCsv } from "./csv";
import { dashboardTables } from "./view";
import { rollUp } from "./rollup";
import { fixtureInput, fixtureProgram } from "./test-fixture";

const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF and quotes commas, quotes and newlines", () => {
    const text = toCsv({
      fields: ["name", "value"],
      rows: [
        ["a, b", 'say "hi"'],
        ["two\nlines", 3],
      ],
    });
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toBe('\uFEFFname,value\r\n"a, b","say ""hi"""\r\n"two\nlines",3\r\n');
    expect(parse(text)).toEqual([
      ["name", "value"],
      ["a, b", 'say "hi"'],
      ["two\nlines", "3"],
    ]);
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    const risky = ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tx", "\rx", "=1\n=2"];
    const text = toCsv({ fields: ["skill"], rows: risky.map((r) => [r]) });
    const cells = parse(text)
      .slice(1)
      .map((row) => row[0]);
    expect(cells).toEqual(risky.map((r) => `'${r}`));
  });

  it("keeps numbers, negative ones too, as numbers", () => {
    expect(toCsv({ fields: ["gap"], rows: [[-7], [0], [2.5]] })).toBe("\uFEFFgap\r\n-7\r\n0\r\n2.5\r\n");
  });

  it("writes hidden figures as the dashboard shows them", () => {
    expect(figureCell({ hidden: "small" }, 5)).toBe("fewer than 5");
    expect(figureCell({ hidden: "withheld" }, 5)).toBe("withheld");
    expect(figureCell({ value: 0 }, 5)).toBe(0);
    expect(figureCell({}, 5)).toBe("");
  });
});

describe("dashboard CSV tables", () => {
  const view = buildDashboardView(
    rollUp(fixtureInput),
    fixtureProgram,
    { cohort: "all" },
    "2026-03-31T12:00:00.000Z",
  );

  it("every table has a header and rows with the header's width, and no text beyond names of skills", () => {
    for (const table of dashboardTables) {
      const t = dashboardCsvTable(view, table);
      for (const row of t.rows) expect(row).toHaveLength(t.fields.length);
      expect(toCsv(t)).not.toMatch(/lesson|e1|m1/i);
    }
  });

  it("the knowledge-risk table holds the suppressed figures", () => {
    const t = dashboardCsvTable(view, "knowledge-risk");
    expect(t.rows[1]).toEqual([
      "Skill C",
      "g2",
      "fewer than 2",
      "fewer than 2",
      "fewer than 2",
      2,
      "fewer than 2",
      "withheld",
      "yes",
    ]);
  });
});
