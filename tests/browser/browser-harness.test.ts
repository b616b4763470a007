import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, newPage, seriousAxeViolations, settle } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Dark grey text on white (contrast 12:1) that fades in over `ms`, whatever the motion preference. */
const fadingIn = (ms: number) => `<!doctype html><html lang="en"><head><title>fade</title><style>
  @keyframes fade { from { opacity: 0.05 } to { opacity: 1 } }
  main { animation: fade ${ms}ms linear both; color: #222; background: #fff; }
</style></head><body><main><h1>Ask Amara Okafor to mentor you?</h1><p>She can accept or decline.</p></main></body></html>`;

const opacity = (page: Page) => page.locator("main").evaluate((el) => getComputedStyle(el).opacity);

describe("the one browser harness", () => {
  it("opens pages that prefer reduced motion", async () => {
    const page = await newPage(browser);
    expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
    await page.close();
  });

  it("settle() returns only once running animations have finished", async () => {
    const page = await newPage(browser);
    await page.setContent(fadingIn(3_000));
    // Start the fade again from here, so the page is certainly mid-fade however slow the machine is.
    const start = await page.evaluate(() => {
      const main = document.querySelector("main")!;
      main.getAnimations()[0]?.cancel();
      main.animate([{ opacity: 0.05 }, { opacity: 1 }], { duration: 1_500, fill: "both" });
      return getComputedStyle(main).opacity;
    });
    expect(Number(start)).toBeLessThan(1);
    await settle(page);
    expect(await opacity(page)).toBe("1");
    expect(await page.evaluate(() => document.getAnimations().every((a) => a.playState === "finished"))).toBe(
      true,
    );
    await page.close();
  });

  it("settle() ignores infinite animations (spinners) instead of waiting forever", async () => {
    const page = await newPage(browser);
    await page.setContent(
      `<style>@keyframes spin { to { transform: rotate(1turn) } } i { display: block; width: 9px; height: 9px; animation: spin 1s linear infinite }</style><i></i>`,
    );
    await settle(page, 3_000);
    await page.close();
  });

  it("the axe helper measures a dialog after it has faded in, not during the fade", async () => {
    const page = await newPage(browser);
    await page.setContent(fadingIn(4_000));
    // Note the opacity at the moment axe starts its run.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      Object.defineProperty(w, "axe", {
        configurable: true,
        set: (axe: unknown) => (w.__axe = axe),
        get() {
          const axe = w.__axe as { run?: (...args: unknown[]) => unknown; noted?: true } | undefined;
          if (axe?.run && !axe.noted) {
            const run = axe.run.bind(axe);
            axe.noted = true;
            axe.run = (...args: unknown[]) => {
              w.__opacityAtAxe = getComputedStyle(document.querySelector("main")!).opacity;
              return run(...args);
            };
          }
          return axe;
        },
      });
    });
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__opacityAtAxe)).toBe(
      "1",
    );
    await page.close();
  });

  it("screenshots wait for the page to be still", async () => {
    const page = await newPage(browser, { viewport: { width: 400, height: 200 } });
    await page.setContent(fadingIn(4_000));
    const first = await page.screenshot();
    const still = await page.screenshot();
    expect(first.equals(still)).toBe(true);
    await page.close();
  });
});
