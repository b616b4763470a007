import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeInThemes, NO_VIOLATIONS, RESULTS_DIR, settle } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

const tab = useTabHarness();
const PROGRAM = "/tab/program/it-knowledge-2026";
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });

/** Opens a route (the harness's pages prefer reduced motion) once its heading and data have arrived. */
async function openSettled(route: string, theme?: string): Promise<Page> {
  const page = await tab.open(route, theme ? { theme } : {});
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  return page;
}

describe("closing a cycle in chromium", () => {
  it("the owner's Pair health section lists every pair with status only", async () => {
    const page = await openSettled(`${PROGRAM}?as=u-ines&section=pair-health`);
    const table = page.getByTestId("pair-health-table");
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(4);
    const row = table.locator("tbody tr").filter({ hasText: "Priya Raman" });
    expect(await row.textContent()).toContain("Confirmed");
    expect(await row.textContent()).toContain("2 of 3");
    const text = (await page.locator("body").textContent()) ?? "";
    for (const secret of [
      "Ask Oskar how he decides",
      "Review firewall change requests alone",
      "Walked through",
    ])
      expect(text).not.toContain(secret);
    await shot(page, "owner-pair-health");
    await page.close();
  });

  it("closes a pair early after a confirm step, then the whole cycle", async () => {
    const page = await openSettled(`${PROGRAM}?as=u-ines&section=closing`);
    const early = page.getByRole("region", { name: "Close a pair early" });
    await early
      .getByRole("listitem")
      .filter({ hasText: "Sara Nilsson" })
      .getByRole("button", { name: "Close early…" })
      .click();
    const dialog = page.getByRole("alertdialog", { name: "Close Sara Nilsson's pair early?" });
    await dialog.waitFor();
    await settle(page);
    await shot(page, "owner-close-pair-confirm");
    // Cancel changes nothing.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await tab.server.repos.pairs.getPair("contoso-demo", "kenji-sara"))?.status).toBe("active");

    await early
      .getByRole("listitem")
      .filter({ hasText: "Sara Nilsson" })
      .getByRole("button", { name: "Close early…" })
      .click();
    await dialog.getByRole("button", { name: "Close this pair" }).click();
    await page.getByRole("status").filter({ hasText: "Sara Nilsson's pair is closing." }).waitFor();
    expect((await tab.server.repos.pairs.getPair("contoso-demo", "kenji-sara"))?.status).toBe("closing");
    expect(await early.getByRole("listitem").filter({ hasText: "Sara Nilsson" }).count()).toBe(0);

    await page.getByRole("button", { name: "Close the cycle…" }).click();
    const cycle = page.getByRole("alertdialog", { name: "Close the cycle?" });
    await cycle.getByRole("button", { name: "Close the cycle" }).click();
    await page.getByRole("status").filter({ hasText: "2 pairs are closing." }).waitFor();
    expect((await tab.server.repos.pairs.getPair("contoso-demo", "oskar-priya"))?.status).toBe("closing");
    await shot(page, "owner-closing");
    await page.close();
  });

  it("a member records lessons privately and chooses; the closed pair shows a banner and no edit controls", async () => {
    const page = await openSettled("/tab/pair/kenji-sara?as=u-sara");
    await page.getByText("This pair is closing").waitFor();
    const form = page.getByRole("form", { name: "Lessons learned and what comes next" });
    await form.getByRole("textbox", { name: "Lessons learned" }).fill("Ask for help earlier.");
    await form.getByRole("radio", { name: "Close our pair (it stays readable)" }).check();
    await shot(page, "member-closing-reflection");
    await form.getByRole("button", { name: "Save my reflection" }).click();
    await page.getByText("This pair is closed", { exact: true }).waitFor();
    expect((await tab.server.repos.pairs.getPair("contoso-demo", "kenji-sara"))?.status).toBe("closed");
    await page
      .getByRole("region", { name: "Your lessons learned" })
      .getByText("Ask for help earlier.")
      .waitFor();
    await page.close();

    const closed = await openSettled("/tab/pair/david-tom?as=u-tom");
    await closed.getByText("This pair is closed", { exact: true }).waitFor();
    expect(await closed.getByRole("button", { name: "Edit agreement" }).count()).toBe(0);
    expect(await closed.getByRole("button", { name: "Confirm agreement" }).count()).toBe(0);
    for (const section of ["Goals", "Action items", "Sessions", "Private notes"]) {
      await closed.getByRole("tab", { name: section }).click();
      await closed.getByRole("heading", { level: 2, name: section }).waitFor();
    }
    expect(await closed.getByRole("button", { name: /^Add|^Log|^Edit/ }).count()).toBe(0);
    expect(await closed.getByRole("checkbox").count()).toBe(0);
    await closed.getByRole("tab", { name: "Agreement" }).click();
    await shot(closed, "member-closed-pair");
    await closed.close();
  });

  it("the owner console has no serious accessibility violations in the three themes", async () => {
    const page = await openSettled(`${PROGRAM}?as=u-ines&section=pair-health`);
    await page.getByTestId("pair-health-table").waitFor();
    let found = await axeInThemes(page);
    expect(found, `pair health: ${JSON.stringify(found, null, 2)}`).toEqual(NO_VIOLATIONS);
    await page.getByRole("tab", { name: "Closing" }).click();
    await page.getByRole("heading", { level: 2, name: "Closing" }).waitFor();
    found = await axeInThemes(page, {
      screenshot: (theme) => ({ path: path.join(RESULTS_DIR, `owner-closing-${theme}.png`), fullPage: true }),
    });
    expect(found, `closing: ${JSON.stringify(found, null, 2)}`).toEqual(NO_VIOLATIONS);
    await page.close();
  });

  for (const route of ["/tab/pair/david-tom?as=u-tom", "/tab/pair/oskar-priya?as=u-priya"]) {
    it(`${route} (closed or closing) has no serious accessibility violations in the three themes`, async () => {
      const page = await openSettled(route);
      await page.getByTestId("pair-state-banner").waitFor();
      if (route.includes("oskar-priya")) await page.getByRole("form", { name: /Lessons learned/ }).waitFor();
      const found = await axeInThemes(page, {
        screenshot: route.includes("david-tom")
          ? (theme) => ({ path: path.join(RESULTS_DIR, `member-closed-pair-${theme}.png`), fullPage: true })
          : undefined,
      });
      expect(found, `${route}: ${JSON.stringify(found, null, 2)}`).toEqual(NO_VIOLATIONS);
      await page.close();
    });
  }
});
