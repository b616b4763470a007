import { createRequire } from "node:module";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Page,
  type PageScreenshotOptions,
} from "playwright-core";
import { timed } from "./timings";

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const RESULTS_DIR = path.resolve("test-results");

/** Debian's chromium, headless, with the flags this closed network needs (Playwright gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  return timed("chromium launch", () => launchDebianChromium());
}

function launchDebianChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A new page (in its own context) that prefers reduced motion, and whose `screenshot()` waits for
 * {@link settle} first: nothing is captured mid-animation. Every browser test opens pages this way.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await timed("new page", () => browser.newPage({ reducedMotion: "reduce", ...options }));
  // A shared 2-core CI machine under load can take longer than Playwright's 30 s to load a page.
  page.setDefaultTimeout(60_000);
  const screenshot = page.screenshot.bind(page);
  page.screenshot = async (shotOptions) => {
    await settle(page);
    return timed("screenshot", () => screenshot(shotOptions));
  };
  const goto = page.goto.bind(page);
  page.goto = (url, gotoOptions) => timed("goto", () => goto(url, gotoOptions));
  const reload = page.reload.bind(page);
  page.reload = (reloadOptions) => timed("reload", () => reload(reloadOptions));
  return page;
}

/**
 * Resolves once the page is still: no finite animation or transition is running or pending, every
 * open dialog (Fluent's surface and its backdrop) is fully opaque and untransformed, web fonts are
 * loaded, and this held for two frames in a row. Infinite animations (spinners) are ignored.
 * Throws after `timeoutMs` (default 10 s) naming what still moves.
 */
export function settle(page: Page, timeoutMs = 10_000): Promise<void> {
  return timed("settle", () => settleNow(page, timeoutMs));
}

async function settleNow(page: Page, timeoutMs: number): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () => {
      const moving = document.getAnimations().filter((animation) => {
        if (animation.playState === "finished" || animation.playState === "idle") return false;
        const end = animation.effect?.getComputedTiming().endTime;
        return end !== Infinity;
      });
      const dialogs = Array.from(
        document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]'),
      );
      const unsettled = dialogs.filter((dialog) => {
        for (let el: HTMLElement | null = dialog; el; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (style.opacity !== "1" || (style.transform !== "none" && el === dialog)) return true;
        }
        return false;
      });
      const w = window as unknown as { __batonStillFrames?: number };
      const still = moving.length === 0 && unsettled.length === 0;
      w.__batonStillFrames = still ? (w.__batonStillFrames ?? 0) + 1 : 0;
      return w.__batonStillFrames >= 2;
    },
    undefined,
    { polling: "raf", timeout: timeoutMs },
  );
  await page.evaluate(() => {
    (window as unknown as { __batonStillFrames?: number }).__batonStillFrames = 0;
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Waits for the page to {@link settle}, runs axe-core in it and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await settle(page);
  // Injected once per loaded document (parsing axe costs as much as a run on a loaded machine).
  const injected = await page.evaluate(
    () => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === "function",
  );
  if (!injected)
    await timed("axe inject", () => page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") }));
  const violations = await timed("axe run", () =>
    page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    }),
  );
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The Teams themes every page is checked in (`?theme=` values). */
export const THEMES = ["default", "dark", "contrast"] as const;

/** What {@link axeInThemes} returns for a page without serious violations: `{ default: [], dark: [], contrast: [] }`. */
export const NO_VIOLATIONS: Record<string, AxeViolation[]> = Object.fromEntries(THEMES.map((t) => [t, []]));

/**
 * Switches an open tab page to a Teams theme in place, as Teams does (no reload: the tab follows
 * the `theme` parameter when the address changes), then waits until the new theme is applied and
 * the page is still. State the page is in (an open dialog, typed text) stays.
 */
export async function switchTheme(page: Page, theme: string): Promise<void> {
  await page.evaluate((name) => {
    const url = new URL(window.location.href);
    url.searchParams.set("theme", name);
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, theme);
  // The tab's own names for Teams' themes (tab/src/theme/theme-name.ts).
  const applied = theme === "dark" ? "dark" : theme === "contrast" ? "contrast" : "light";
  await page.locator(`[data-baton-theme="${applied}"]`).first().waitFor({ state: "attached" });
  await settle(page);
}

/**
 * Checks one page state in every Teams theme: switches the theme in place ({@link switchTheme}), runs
 * axe ({@link seriousAxeViolations}) and, when `screenshot` names a file for the theme, takes a
 * screenshot. Returns the serious and critical violations per theme; compare with {@link NO_VIOLATIONS}.
 * Ends in the default theme.
 */
export async function axeInThemes(
  page: Page,
  options: { themes?: readonly string[]; screenshot?: (theme: string) => PageScreenshotOptions } = {},
): Promise<Record<string, AxeViolation[]>> {
  const found: Record<string, AxeViolation[]> = {};
  for (const theme of options.themes ?? THEMES) {
    await switchTheme(page, theme);
    found[theme] = await seriousAxeViolations(page);
    if (options.screenshot) await page.screenshot(options.screenshot(theme));
  }
  await switchTheme(page, "default");
  return found;
}
