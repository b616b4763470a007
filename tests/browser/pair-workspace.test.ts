import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESULTS_DIR, seriousAxeViolations } from "../support/browser";
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
    // The confirm step names the version.
    await page
      .getByRole("alertdialog", { name: /^Confirm version \d+ of the agreement\?$/ })
      .getByRole("button", { name: /^Confirm version \d+$/ })
      .click();
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
