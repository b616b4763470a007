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

  it("a member corrects and deletes items with an undo, and reads and compares an earlier agreement version", async () => {
    const page = await open("/tab/pair/amara-marco?as=u-marco&section=action-items");
    await page.getByRole("heading", { level: 1, name: "Mentoring with Amara Okafor" }).waitFor();
    const focusedId = (id: string) =>
      page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 });

    // Open work looks active: the open item's label has the page's normal text colour, not grey.
    const colours = await page.evaluate(() => {
      const label = Array.from(document.querySelectorAll("label")).find(
        (l) => l.textContent === "Start the Kubernetes basics course",
      );
      return [label && getComputedStyle(label).color, getComputedStyle(document.querySelector("h1")!).color];
    });
    expect(colours[0]).toBe(colours[1]);

    // Edit an action item inline; focus returns to it.
    await page.getByRole("button", { name: "Edit “Start the Kubernetes basics course”" }).click();
    const form = page.getByRole("form", { name: "Edit “Start the Kubernetes basics course”" });
    await form
      .getByRole("textbox", { name: /^Action item/ })
      .fill("Finish modules 1-3 of the Kubernetes course");
    await form.getByRole("button", { name: "Save" }).click();
    const edited = page.getByRole("checkbox", { name: "Finish modules 1-3 of the Kubernetes course" });
    await edited.waitFor();
    await focusedId("item-actionItem-a-course");

    // Delete it: gone, focus on the list heading, an Undo toast; Undo brings it back and focuses it.
    await page.getByRole("button", { name: "Delete “Finish modules 1-3 of the Kubernetes course”" }).click();
    await page.getByText("“Finish modules 1-3 of the Kubernetes course” deleted.").waitFor();
    expect(await edited.count()).toBe(0);
    await focusedId("heading-action-items");
    await page.screenshot({ path: path.join(RESULTS_DIR, "pair-workspace-deleted-undo.png") });
    await page.getByRole("button", { name: "Undo" }).click();
    await edited.waitFor();
    await focusedId("item-actionItem-a-course");

    // A goal with milestones asks first; Undo after the delete brings it back with its milestone.
    await page.getByRole("tab", { name: "Goals" }).click();
    await page.getByRole("button", { name: "Delete goal “Run a workload on Kubernetes”" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Delete the goal “Run a workload on Kubernetes”?" });
    await dialog.getByText(/Its 1 milestone goes with it/).waitFor();
    await dialog.getByRole("button", { name: "Delete goal" }).click();
    await page.getByText("“Run a workload on Kubernetes” deleted.").waitFor();
    expect(await page.getByRole("heading", { name: "Run a workload on Kubernetes" }).count()).toBe(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("checkbox", { name: "Finish the Kubernetes basics course" }).waitFor();
    await focusedId("item-goal-g-k8s");

    // Correct a session's length.
    await page.getByRole("tab", { name: "Sessions" }).click();
    const sessionCard = page.locator("#item-session-s-b1");
    await sessionCard.getByRole("button", { name: "Edit session" }).click();
    await sessionCard.getByRole("spinbutton", { name: "Duration (minutes)" }).fill("30");
    await sessionCard.getByRole("button", { name: "Save" }).click();
    await sessionCard.getByText(/^30 minutes/).waitFor();

    // Marco confirms: the button goes, "Confirmed by both on …" shows.
    await page.getByRole("tab", { name: "Agreement" }).click();
    await page.getByRole("button", { name: "Confirm agreement" }).click();
    await page
      .getByRole("alertdialog", { name: /^Confirm version \d+ of the agreement\?$/ })
      .getByRole("button", { name: /^Confirm version \d+$/ })
      .click();
    await page.getByText(/^Confirmed by both on /).waitFor();
    expect(await page.getByRole("button", { name: "Confirm agreement" }).count()).toBe(0);

    // Amara changes the confirmed agreement: version 2. Version 1 can be read and compared.
    const amara = await tab.server.signIn("u-amara");
    const before = (await tab.server.call(amara, "GET", "/api/pairs/amara-marco")).body.agreement;
    const goals = "Marco moves our VM workloads to Kubernetes with Helm by the end of the cycle.";
    const changed = await tab.server.call(amara, "PUT", "/api/pairs/amara-marco/agreement", {
      etag: before._etag,
      terms: { ...before.terms, goals, meetingLengthMinutes: 30 },
    });
    expect(changed.body.version).toBe(2);
    await page.reload();
    await page.getByRole("button", { name: "Read version 1" }).click();
    await page.getByRole("definition").filter({ hasText: before.terms.goals }).waitFor();
    await page.getByRole("button", { name: "Compare version 1 with the current one" }).click();
    const changes = page.getByLabel("Changes from version 1 to version 2");
    expect(await changes.locator("del").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Terraform")]),
    );
    expect(await changes.locator("ins").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Helm"), expect.stringContaining("30 minutes")]),
    );
    await page.screenshot({
      path: path.join(RESULTS_DIR, "pair-workspace-agreement-compare.png"),
      fullPage: true,
    });

    // And the server agrees.
    const view = (await tab.server.call(amara, "GET", "/api/pairs/amara-marco")).body;
    expect(view.actionItems.map((a: { title: string }) => a.title)).toContain(
      "Finish modules 1-3 of the Kubernetes course",
    );
    expect(view.goals.map((g: { goalId: string }) => g.goalId)).toContain("g-k8s");
    expect(view.sessions.find((x: { sessionId: string }) => x.sessionId === "s-b1").durationMinutes).toBe(30);
    // A done item next to the open one, for the themed checks below.
    const done = await tab.server.call(amara, "POST", "/api/pairs/amara-marco/action-items", {
      title: "Install kubectl",
      ownerId: "u-marco",
    });
    await tab.server.call(amara, "PATCH", `/api/pairs/amara-marco/action-items/${done.body.actionItemId}`, {
      etag: done.body._etag,
      done: true,
    });
    await page.close();
  });

  it("the edit, done and compare states have no serious accessibility violations in the three themes", async () => {
    const page = await open("/tab/pair/amara-marco?as=u-marco&section=agreement");
    await page.getByRole("button", { name: "Compare version 1 with the current one" }).click();
    await page.getByLabel("Changes from version 1 to version 2").waitFor();
    const onAgreement = await axeInThemes(page);
    expect(onAgreement, JSON.stringify(onAgreement, null, 2)).toEqual(NO_VIOLATIONS);
    await page.getByRole("tab", { name: "Action items" }).click();
    await page.getByRole("checkbox", { name: "Install kubectl" }).waitFor();
    await page.getByRole("button", { name: "Edit “Finish modules 1-3 of the Kubernetes course”" }).click();
    const onItems = await axeInThemes(page, {
      screenshot: (theme) => ({
        path: path.join(RESULTS_DIR, `pair-workspace-edit-${theme}.png`),
        fullPage: true,
      }),
    });
    expect(onItems, JSON.stringify(onItems, null, 2)).toEqual(NO_VIOLATIONS);
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
