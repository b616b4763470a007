import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Download } from "playwright-core";
import { RESULTS_DIR, seriousAxeViolations } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

const tab = useTabHarness();
const shot = (name: string) => path.join(RESULTS_DIR, `my-data-${name}.png`);
const PRIYA_NOTE = "Ask Oskar how he decides when an exception is too risky";

describe("My data in chromium", () => {
  it("is reached from My profile, says who sees what, and downloads the JSON and a readable page", async () => {
    const page = await tab.open("/tab/profile?as=u-priya");
    await page.getByRole("link", { name: /My data: see, download or erase/ }).click();
    await page.getByRole("heading", { level: 1, name: "My data" }).waitFor();
    await page.getByRole("heading", { name: "Your private notes" }).waitFor();
    await page.getByText("Only you. Nobody else, in no role, ever.").waitFor();
    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    await page.getByRole("button", { name: "Download my data" }).click();
    await page.getByRole("status").filter({ hasText: "Your data was downloaded" }).waitFor();
    await expect.poll(() => downloads.length).toBe(2);
    const [json, html] = downloads;
    expect(json!.suggestedFilename()).toBe("baton-my-data.json");
    expect(html!.suggestedFilename()).toBe("baton-my-data.html");
    const data = JSON.parse(await readFile((await json!.path())!, "utf8"));
    expect(data.profile.userId).toBe("u-priya");
    expect(JSON.stringify(data)).toContain(PRIYA_NOTE);
    expect(await readFile((await html!.path())!, "utf8")).toContain("<h1>My data in Baton</h1>");
    await page.screenshot({ path: shot("page"), fullPage: true });
    await page.close();
  });

  it("confirms before erasing, returns focus to its opener on cancel, then erases and says so", async () => {
    const page = await tab.open("/tab/my-data?as=u-marco");
    const opener = page.getByRole("button", { name: "Erase my data…" });
    await opener.click();
    const dialog = page.getByRole("alertdialog", { name: "Erase your data from Baton?" });
    await dialog.getByText("This cannot be undone.").waitFor();
    await dialog.getByText(/shown as written by "a former participant"/).waitFor();
    // It opens on the safe button: Enter right after opening keeps the data.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Keep my data");
    await page.screenshot({ path: shot("confirm") });
    await dialog.getByRole("button", { name: "Keep my data" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Erase my data…");

    await opener.click();
    await dialog.getByRole("button", { name: "Erase my data" }).click();
    await page.getByText("Your data is erased.").first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: shot("done"), fullPage: true });
    const token = await tab.server.signIn("u-marco");
    expect((await tab.server.call(token, "GET", "/api/me/profile")).status).toBe(404);
    await page.close();
  });

  for (const theme of ["default", "dark", "contrast"]) {
    it(`has no serious accessibility violations in the ${theme} theme`, async () => {
      const page = await tab.open("/tab/my-data?as=u-priya", { theme });
      await page.getByRole("heading", { name: "Your private notes" }).waitFor();
      const violations = await seriousAxeViolations(page);
      expect(violations, `${theme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await page.screenshot({ path: shot(theme), fullPage: true });
      await page.close();
    });
  }
});
