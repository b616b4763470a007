import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeInThemes, NO_VIOLATIONS, RESULTS_DIR, settle, switchTheme } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

const tab = useTabHarness();
const open = tab.open;

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

    // Reload: the page reads everything back from the tab.server.
    await page.reload();
    await page.getByRole("tab", { name: "Agreement" }).click();
    await page.getByText(goals).waitFor();
    await page.getByRole("tab", { name: "Action items" }).click();
    await page.getByRole("checkbox", { name: "Send Sara the incident runbook template" }).waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "pair-workspace.png"), fullPage: true });

    // And the server agrees.
    const token = await tab.server.signIn("u-kenji");
    const view = (await tab.server.call(token, "GET", "/api/pairs/kenji-sara")).body;
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

  for (const route of ["/tab/personal?as=u-priya", "/tab/pair/oskar-priya?as=u-priya"]) {
    it(`${route} has no serious accessibility violations in the three themes`, async () => {
      const page = await open(route);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      const found = await axeInThemes(page, {
        screenshot: route.includes("pair")
          ? (theme) => ({ path: path.join(RESULTS_DIR, `pair-workspace-${theme}.png`) })
          : undefined,
      });
      expect(found, JSON.stringify(found, null, 2)).toEqual(NO_VIOLATIONS);
      await page.close();
    });
  }

  it("switching the theme in place draws what loading the page in that theme draws", async () => {
    const route = "/tab/pair/oskar-priya?as=u-priya";
    const colours = async (page: Page) => {
      await page.getByRole("heading", { level: 1 }).waitFor();
      await settle(page);
      return page.evaluate(() =>
        [".", "h1", "button", "a"].map((selector) => {
          const el =
            selector === "."
              ? document.querySelector("[data-baton-theme] > div")
              : document.querySelector(selector);
          if (!el) return null;
          const style = getComputedStyle(el);
          return [style.color, style.backgroundColor, style.borderColor];
        }),
      );
    };
    const switched = await open(route);
    const light = await colours(switched);
    for (const theme of ["dark", "contrast"]) {
      await switchTheme(switched, theme);
      const inPlace = await colours(switched);
      const loaded = await open(route, { theme });
      expect(inPlace).toEqual(await colours(loaded));
      expect(inPlace).not.toEqual(light);
      await loaded.close();
    }
    await switched.close();
  });
});
