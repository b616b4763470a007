import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TAB_DIST } from "../../bot/src/server";
import { launchChromium, RESULTS_DIR, seriousAxeViolations } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(DEFAULT_TAB_DIST, "index.html")))
    throw new Error("The tab is not built: run `npm run build:tab` first (npm test does).");
  await mkdir(RESULTS_DIR, { recursive: true });
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function open(route: string, options: { theme?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const url = new URL(server.url + route);
  if (options.theme) url.searchParams.set("theme", options.theme);
  await page.goto(url.toString());
  return page;
}

describe("the pair workspace in chromium", () => {
  it("a member edits the agreement and adds an action item, and both persist after a reload", async () => {
    const page = await open("/tab/pair/kenji-sara?as=u-sara");
    await page.getByRole("heading", { level: 1, name: "Mentoring with Kenji Watanabe" }).waitFor();

    // Agreement: edit the draft.
    await page.getByRole("tab", { name: "Agreement" }).click();
    await page.getByRole("button", { name: "Edit agreement" }).click();
    const goals = "Sara runs a tabletop incident-response exercise for the network team.";
    await page.getByLabel("Goals", { exact: true }).fill(goals);
    await page.getByRole("button", { name: "Save agreement" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Agreement saved/ })
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Confirm agreement" }).click();
    await page.getByText(/Waiting for Kenji Watanabe to confirm/).waitFor();

    // Action items: add one for the partner.
    await page.getByRole("tab", { name: "Action items" }).click();
    await page.getByRole("textbox", { name: /^Action item/ }).fill("Send Sara the incident runbook template");
    await page.getByLabel("Owner").selectOption({ label: "Kenji Watanabe" });
    await page.getByLabel("Due date").fill("2026-12-04");
    await page.getByRole("button", { name: "Add action item" }).click();
    await page.getByRole("checkbox", { name: "Send Sara the incident runbook template" }).waitFor();

    // Reload: the page reads everything back from the server.
    await page.reload();
    await page.getByRole("tab", { name: "Agreement" }).click();
    await page.getByText(goals).waitFor();
    await page.getByRole("tab", { name: "Action items" }).click();
    await page.getByRole("checkbox", { name: "Send Sara the incident runbook template" }).waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "pair-workspace.png"), fullPage: true });

    // And the server agrees.
    const token = await server.signIn("u-kenji");
    const view = (await server.call(token, "GET", "/api/pairs/kenji-sara")).body;
    expect(view.agreement.terms.goals).toBe(goals);
    expect(Object.keys(view.agreement.confirmations)).toEqual(["u-sara"]);
    expect(view.actionItems).toEqual([
      expect.objectContaining({
        title: "Send Sara the incident runbook template",
        ownerId: "u-kenji",
        dueDate: "2026-12-04",
      }),
    ]);
    await page.close();
  });

  it("shows my private notes and never my partner's", async () => {
    const page = await open("/tab/pair/oskar-priya?as=u-priya&section=private-notes");
    await page.getByText("Only you can see these.").waitFor();
    await page.getByText(/felt unsure saying no/).waitFor();
    expect(await page.getByText(/ready for more ownership/).count()).toBe(0);
    await page.close();
  });

  it("a person outside the pair is told it is not theirs, with no content", async () => {
    const page = await open("/tab/pair/oskar-priya?as=u-tom");
    await page.getByRole("alert").first().waitFor();
    expect(await page.getByText(/firewall/i).count()).toBe(0);
    await page.close();
  });

  for (const theme of ["default", "dark", "contrast"]) {
    it(`has no serious accessibility violations in the ${theme} theme`, async () => {
      for (const route of ["/tab/personal?as=u-priya", "/tab/pair/oskar-priya?as=u-priya"]) {
        const page = await open(route, { theme });
        await page.getByRole("heading", { level: 1 }).waitFor();
        await page.waitForLoadState("networkidle");
        const violations = await seriousAxeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        if (route.includes("pair"))
          await page.screenshot({ path: path.join(RESULTS_DIR, `pair-workspace-${theme}.png`) });
        await page.close();
      }
    });
  }
});
