import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { DEFAULT_TAB_DIST } from "../../bot/src/server";
import { launchChromium, newPage, RESULTS_DIR } from "./browser";
import { startTestServer, type TestServer } from "./test-server";
import { timed } from "./timings";

export interface TabHarness {
  server: TestServer;
  browser: Browser;
  /**
   * Opens a tab route (add `?as=<userId>` to sign in) in a new page, optionally in a Teams theme.
   * The page prefers reduced motion and its screenshots wait until it is still (`settle`).
   */
  open(route: string, options?: { theme?: string }): Promise<Page>;
}

/**
 * For one browser test file: a real Baton server and Debian's chromium, started before its tests and
 * stopped after them. Fails at once, saying what to do, when the tab has not been built.
 */
export function useTabHarness(serverOptions?: Parameters<typeof startTestServer>[0]): TabHarness {
  const harness = {
    async open(route: string, options: { theme?: string } = {}) {
      const page = await newPage(harness.browser, { viewport: { width: 1100, height: 900 } });
      const url = new URL(harness.server.url + route);
      if (options.theme) url.searchParams.set("theme", options.theme);
      await page.goto(url.toString());
      return page;
    },
  } as TabHarness;
  beforeAll(async () => {
    if (!existsSync(path.join(DEFAULT_TAB_DIST, "index.html")))
      throw new Error("The tab is not built: run `npm run build:tab` first (npm test does).");
    await mkdir(RESULTS_DIR, { recursive: true });
    [harness.server, harness.browser] = await Promise.all([startTestServer(serverOptions), launchChromium()]);
  });
  afterAll(async () => {
    await timed("chromium close", async () => harness.browser?.close());
    await harness.server?.dispose();
  });
  return harness;
}
