import path from "node:path";
import { describe, expect, it } from "vitest";
import { axeInThemes, NO_VIOLATIONS, RESULTS_DIR } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

const LIBRARY = "/tab/program/it-knowledge-2026?section=resources";
const PAIR = "/tab/pair/oskar-priya?section=resources";

const tab = useTabHarness();
const shot = (name: string) => path.join(RESULTS_DIR, `resources-${name}.png`);

describe("the resource library in chromium", () => {
  it("the owner adds a resource (https only), and the pair workspace shows it for the pair's skills", async () => {
    const page = await tab.open(`${LIBRARY}&as=u-ines`);
    await page.getByRole("heading", { level: 2, name: "Resources" }).waitFor();
    const library = page.getByRole("tabpanel", { name: "Resources" });
    await library.getByRole("link", { name: /Firewall change runbook/ }).waitFor();
    expect(await library.getByRole("link", { name: /Firewall change runbook/ }).getAttribute("target")).toBe(
      "_blank",
    );
    // The playbook is Markdown, rendered: its "# Welcome, mentor" is a heading, not text with a hash.
    await library
      .getByRole("region", { name: "Playbook text" })
      .getByRole("heading", { name: "Welcome, mentor" })
      .waitFor();

    const form = page.getByRole("form", { name: "Add a resource" });
    await form.getByLabel("Title").fill("Firewall exceptions explained");
    await form.getByLabel("Link").fill("http://intranet/firewalls");
    await form.getByRole("button", { name: "Add resource" }).click();
    await form.getByText("Enter a link that starts with https://.").waitFor();
    await form.getByLabel("Link").fill("https://learn.microsoft.com/azure/firewall/rule-processing");
    await form.getByRole("button", { name: "Add resource" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Resource “Firewall exceptions explained” added." })
      .waitFor();
    await library.getByRole("link", { name: /Firewall exceptions explained/ }).waitFor();
    await page.screenshot({ path: shot("library-added"), fullPage: true });

    const pair = await tab.open(`${PAIR}&as=u-priya`);
    const panel = pair.getByRole("tabpanel", { name: "Resources" });
    await panel.getByText("Firewall exceptions explained").first().waitFor({ state: "attached" });
    // Priya is the mentee: no playbook for her.
    expect(await panel.getByRole("heading", { name: "Mentor playbook" }).count()).toBe(0);
    await pair.screenshot({ path: shot("pair-mentee"), fullPage: true });
  });

  for (const [name, route, ready] of [
    ["library", `${LIBRARY}&as=u-ines`, "Add a resource"],
    ["pair-mentor", `${PAIR}&as=u-oskar`, "Add a resource"],
  ] as const) {
    it(`the ${name} page has no serious accessibility violations in the three themes`, async () => {
      const page = await tab.open(route);
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.getByRole("form", { name: ready }).waitFor();
      await page.getByRole("region", { name: "Playbook text" }).waitFor();
      const found = await axeInThemes(page, {
        screenshot: (theme) => ({ path: shot(`${name}-${theme}`), fullPage: true }),
      });
      expect(found, `${name}: ${JSON.stringify(found, null, 1)}`).toEqual(NO_VIOLATIONS);
      await page.close();
    });
  }
});
