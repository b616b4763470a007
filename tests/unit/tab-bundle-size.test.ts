import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureTabBundle } from "../../scripts/tab-bundle-size";

// npm test builds the tab before running vitest; the figures themselves are printed by `npm run bench:tab`.
describe("the tab's first-load JavaScript", () => {
  it("stays under 200 kB gzipped, inside Teams too", () => {
    expect(existsSync("tab/dist/.vite/manifest.json"), "run `npm run build:tab` first").toBe(true);
    const size = measureTabBundle();
    expect(size.teamsGzip).toBeGreaterThan(size.browserGzip);
    expect(size.teamsGzip).toBeLessThan(200 * 1024);
  });

  it("loads the dashboard and its charts only on the dashboard route", () => {
    const size = measureTabBundle();
    expect(size.chartsInFirstLoad).toBe(false);
    expect(size.dashboardGzip).toBeGreaterThan(20 * 1024);
  });
});
