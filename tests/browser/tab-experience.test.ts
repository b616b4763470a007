import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { RESULTS_DIR, seriousAxeViolations, settle } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

const PROGRAM = "it-knowledge-2026";
const PAIR = "/tab/pair/oskar-priya";

const tab = useTabHarness();

/** Opens a route once its h1 and data have arrived. */
async function openSettled(route: string, theme?: string): Promise<Page> {
  const page = await tab.open(route, theme ? { theme } : {});
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForLoadState("networkidle");
  return page;
}

/** Presses `key` on `control` as a keyboard user would (focus it, then the key). */
async function press(control: Locator, key = "Enter"): Promise<void> {
  await control.focus();
  await control.press(key);
}

const activeSummary = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${el.id} "${(el.textContent ?? "").slice(0, 60)}"` : "none";
  });

/**
 * Waits until focus is on `target`; fails naming where focus is instead (never `<body>`). Then waits for
 * the page to be still and checks again: a heading re-rendered once its data loaded is replaced by its
 * twin (the focus guard moves focus there within a few frames), and focus must end up there, not on
 * `<body>`. `target` is a locator, so it finds the twin.
 */
async function expectFocusOn(page: Page, target: Locator, what: string): Promise<void> {
  const focused = () => target.evaluate((el) => el === document.activeElement).catch(() => false);
  const waitForFocus = async () => {
    const deadline = Date.now() + 8000;
    while (!(await focused())) {
      if (Date.now() > deadline) throw new Error(`${what}: focus is on ${await activeSummary(page)}`);
      await page.waitForTimeout(50);
    }
  };
  await waitForFocus();
  await settle(page);
  await waitForFocus();
  expect(await page.evaluate(() => document.activeElement?.tagName), what).not.toBe("BODY");
}

describe("the tab by keyboard: focus is never lost", () => {
  it("keeps focus in the pair workspace after every action, and section tabs select with arrows", async () => {
    const page = await openSettled(`${PAIR}?as=u-priya`);

    // Section tabs: an arrow key shows the next tab, and Tab from the tab list goes into its panel.
    const agreementTab = page.getByRole("tab", { name: "Agreement" });
    await press(agreementTab, "ArrowRight");
    const goalsTab = page.getByRole("tab", { name: "Goals" });
    await expect.poll(() => goalsTab.getAttribute("aria-selected")).toBe("true");
    await expectFocusOn(page, goalsTab, "arrow right on the tabs");
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest("#section-panel-goals")))
      .toBe(true);

    // Ticking a milestone keeps focus on it.
    const milestone = page.getByRole("checkbox", { name: "Review a change request alone" });
    await press(milestone, " ");
    await page.getByRole("status").filter({ hasText: "marked done" }).first().waitFor();
    await expectFocusOn(page, milestone, "tick a milestone");

    // Action items: adding keeps focus on the button (it is disabled while saving); ticking re-sorts
    // the list and focus stays on the same item.
    await page.getByRole("tab", { name: "Action items" }).click();
    await page.getByRole("textbox", { name: /^Action item/ }).fill("Book the firewall review room");
    const add = page.getByRole("button", { name: "Add action item" });
    await press(add);
    await page.getByRole("checkbox", { name: "Book the firewall review room" }).waitFor();
    await expectFocusOn(page, add, "add an action item");
    const prepare = page.getByRole("checkbox", { name: "Prepare two change requests to review together" });
    await press(prepare, " ");
    await page.getByRole("status").filter({ hasText: "completed" }).first().waitFor();
    await expectFocusOn(page, prepare, "tick an action item (the list re-sorts)");

    // Private notes: adding keeps focus on the button.
    await page.getByRole("tab", { name: "Private notes" }).click();
    await page.getByRole("textbox", { name: "New private note" }).fill("Ask about the VPN map.");
    const addNote = page.getByRole("button", { name: "Add private note" });
    await press(addNote);
    await page.getByText("Ask about the VPN map.").waitFor();
    await expectFocusOn(page, addNote, "add a private note");

    // Agreement: Edit moves into the form; Cancel comes back to Edit.
    await page.getByRole("tab", { name: "Agreement" }).click();
    const edit = page.getByRole("button", { name: "Edit agreement" });
    await press(edit);
    const goals = page.getByRole("textbox", { name: "Goals" });
    await expectFocusOn(page, goals, "edit agreement");
    await press(page.getByRole("button", { name: "Cancel" }));
    await expectFocusOn(page, edit, "cancel editing the agreement");

    // Emptied goals are refused with a field error, and focus goes to the field.
    await press(edit);
    await goals.fill("   ");
    await press(page.getByRole("button", { name: "Save agreement" }));
    await page.getByText("Write the goals you agreed on.").waitFor();
    await expectFocusOn(page, goals, "save with empty goals");
    const token = await tab.server.signIn("u-priya");
    const refused = await tab.server.call(token, "GET", "/api/pairs/oskar-priya");
    expect(refused.body.agreement.version).toBe(1);

    // Saving closes the form and focus returns to Edit agreement.
    await goals.fill("Priya reviews firewall changes alone and explains the network to newcomers.");
    await press(page.getByRole("button", { name: "Save agreement" }));
    await expectFocusOn(page, edit, "save the agreement");

    // Confirm has a confirm step naming the version; its dialog opens on Cancel and returns focus.
    const confirm = page.getByRole("button", { name: "Confirm agreement" });
    await press(confirm);
    const dialog = page.getByRole("alertdialog", { name: "Confirm version 2 of the agreement?" });
    await dialog.waitFor();
    await expectFocusOn(page, dialog.getByRole("button", { name: "Cancel" }), "confirm dialog opens");
    await page.keyboard.press("Escape");
    await expectFocusOn(page, confirm, "escape from the confirm dialog");
    await press(confirm);
    await press(dialog.getByRole("button", { name: "Confirm version 2" }));
    await expectFocusOn(page, page.locator("#agreement-confirm-hint"), "confirm the agreement");
    expect(await page.locator("#agreement-confirm-hint").textContent()).toContain("You confirmed version 2");
    await page.close();
  });

  it("returns focus from the Ask dialog to the mentor who was asked, opening on the note", async () => {
    const page = await openSettled(`/tab/find-mentor/${PROGRAM}?as=u-elif`);
    const ask = page.getByRole("button", { name: "Ask Amara Okafor to mentor you" });
    await press(ask);
    const dialog = page.getByRole("dialog", { name: "Ask Amara Okafor to mentor you?" });
    await dialog.waitFor();
    await expectFocusOn(page, dialog.getByRole("textbox"), "the Ask dialog opens on the note");
    await page.keyboard.press("Escape");
    await expectFocusOn(page, ask, "escape from the Ask dialog");
    await press(ask);
    await dialog.waitFor();
    await press(dialog.getByRole("button", { name: "Cancel" }));
    await expectFocusOn(page, ask, "cancel in the Ask dialog");
    await page.close();
  });

  it("keeps focus on the profile's Save and returns it from the Leave dialog", async () => {
    const page = await openSettled("/tab/profile?as=u-marco");
    const save = page.getByRole("button", { name: "Save profile" });
    await press(save);
    await page.getByRole("status").filter({ hasText: "Profile saved." }).waitFor();
    await expectFocusOn(page, save, "save profile");
    const leave = page.getByRole("button", { name: "Leave the program…" });
    await press(leave);
    const dialog = page.getByRole("dialog", { name: "Leave the program?" });
    await dialog.waitFor();
    await expectFocusOn(page, dialog.getByRole("button", { name: "Stay in the program" }), "Leave opens");
    await page.keyboard.press("Escape");
    await expectFocusOn(page, leave, "escape from the Leave dialog");
    await page.close();
  });

  it("keeps focus on the owner's matching controls: run, explain and approve", async () => {
    const page = await openSettled(`/tab/program/${PROGRAM}?as=u-ines&section=matching`);
    const run = page.getByRole("button", { name: "Run matching" });
    await press(run);
    await page.getByRole("status").filter({ hasText: "Matching finished" }).waitFor();
    await expectFocusOn(page, run, "run matching");
    const explain = page.getByRole("button", { name: "Explain" }).first();
    await press(explain);
    // The engine's answer can take a while on a loaded machine; the button is disabled meanwhile.
    await expect.poll(() => explain.isEnabled(), { timeout: 60_000 }).toBe(true);
    await expectFocusOn(page, explain, "explain");
    const approve = page.getByRole("button", { name: /^Approve .*'s match$/ }).first();
    const label = (await approve.getAttribute("aria-label")) ?? "";
    const mentee = label.replace(/^Approve /, "").replace(/'s match$/, "");
    await press(approve);
    await page
      .getByRole("status")
      .filter({ hasText: /approved/ })
      .first()
      .waitFor();
    await expectFocusOn(
      page,
      page.getByRole("heading", { name: new RegExp(`^${mentee} with mentor`) }),
      "approve one match",
    );
    await page.close();
  });
});

describe("routes: titles, headings, skip link and reflow at 320 px", () => {
  it("gives each route its own title, moves focus to its h1, and offers a skip link", async () => {
    const page = await openSettled("/tab/personal?as=u-priya");
    expect(await page.title()).toBe("My mentoring – Baton");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expectFocusOn(page, skip, "first Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
    await press(page.getByRole("navigation", { name: "Baton" }).getByRole("link", { name: "My profile" }));
    await expectFocusOn(page, page.getByRole("heading", { level: 1, name: "My profile" }), "navigate");
    expect(await page.title()).toBe("My profile – Baton");
    await page.goto(`${tab.server.url}${PAIR}?as=u-priya`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.title()).toBe("Mentoring with Oskar Lindqvist – Baton");
    await page.close();
  });

  it("reflows every route at 320 CSS px with no sideways scrolling, and the section tabs all fit", async () => {
    const routes = [
      "/tab/personal?as=u-priya",
      "/tab/profile?as=u-marco",
      "/tab/my-data?as=u-marco",
      `${PAIR}?as=u-priya`,
      `${PAIR}?as=u-priya&section=action-items`,
      `${PAIR}?as=u-priya&section=sessions`,
      `${PAIR}?as=u-priya&section=private-notes`,
      `/tab/program/${PROGRAM}?as=u-ines&section=setup`,
      `/tab/program/${PROGRAM}?as=u-ines&section=intake`,
      `/tab/program/${PROGRAM}?as=u-ines&section=matching`,
      `/tab/program/${PROGRAM}?as=u-ines&section=pair-health`,
      `/tab/program/${PROGRAM}?as=u-ines&section=closing`,
      `/tab/program/${PROGRAM}?as=u-ines&section=resources`,
      `/tab/find-mentor/${PROGRAM}?as=u-elif`,
      "/tab/programs/new?as=u-ines",
      `/tab/join/${PROGRAM}?as=u-newcomer`,
      `/tab/dashboard/${PROGRAM}?as=u-ines`,
      `/tab/program/${PROGRAM}/knowledge-risk?as=u-ines`,
      "/tab/config?as=u-ines",
      "/tab/chat?as=u-priya",
      "/tab/nowhere?as=u-priya",
    ];
    const page = await tab.open("/tab/personal?as=u-priya");
    await page.setViewportSize({ width: 320, height: 640 });
    const wide: string[] = [];
    for (const route of routes) {
      await page.goto(`${tab.server.url}${route}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      await settle(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) {
        // Name the widest leaves so the failure says what to fix.
        const culprits = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>("main *"))
            .filter((el) => el.getBoundingClientRect().right > 321 && el.children.length === 0)
            .slice(0, 5)
            .map(
              (el) =>
                `${el.tagName}.${el.className.toString().slice(0, 30)} "${(el.textContent ?? "").slice(0, 30)}"`,
            ),
        );
        wide.push(`${route}: ${width}px (${culprits.join("; ")})`);
      }
      if (route === `${PAIR}?as=u-priya`) {
        // Every section tab is on screen (they wrap): "Private notes" is not hidden off to the side.
        const box = await page.getByRole("tab", { name: "Private notes" }).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
        await page.screenshot({
          path: path.join(RESULTS_DIR, "tab-experience-320-pair.png"),
          fullPage: true,
        });
      }
      if (route.startsWith("/tab/profile"))
        await page.screenshot({
          path: path.join(RESULTS_DIR, "tab-experience-320-profile.png"),
          fullPage: true,
        });
    }
    expect(wide).toEqual([]);
    await page.close();
  }, 240_000);
});

describe("a Teams-native look", () => {
  for (const theme of ["default", "dark", "contrast"]) {
    it(`shows a pair at a glance with avatars and badges, and axe finds nothing serious (${theme})`, async () => {
      const page = await openSettled(`${PAIR}?as=u-oskar`, theme);
      const glance = page.getByRole("region", { name: "Your pair at a glance" });
      await glance.waitFor();
      const text = (await glance.textContent()) ?? "";
      expect(text).toMatch(/Next session/);
      expect(text).toMatch(/Meetings this month/);
      expect(text).toMatch(/overdue/);
      expect(await page.locator(".fui-Avatar").count()).toBeGreaterThan(0);
      const violations = await seriousAxeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.screenshot({
        path: path.join(RESULTS_DIR, `tab-experience-pair-${theme}.png`),
        fullPage: true,
      });
      await page.close();

      const home = await openSettled("/tab/personal?as=u-oskar", theme);
      await home
        .getByRole("region", { name: /at a glance/ })
        .first()
        .waitFor();
      const homeViolations = await seriousAxeViolations(home);
      expect(homeViolations, JSON.stringify(homeViolations, null, 2)).toEqual([]);
      await home.screenshot({
        path: path.join(RESULTS_DIR, `tab-experience-home-${theme}.png`),
        fullPage: true,
      });
      await home.close();
    });
  }
});
