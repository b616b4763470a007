import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ProgramSetupView } from "@baton/shared";
import { axeInThemes, NO_VIOLATIONS, RESULTS_DIR } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

const tab = useTabHarness({ seedDemo: false });
const TENANT = `t-browser-${Math.random().toString(36).slice(2, 8)}`;
const asNora = `as=u-nora&tenant=${TENANT}&name=${encodeURIComponent("Nora Nilsen")}`;
const asPia = `as=u-pia&tenant=${TENANT}&name=${encodeURIComponent("Pia Persson")}`;
let programId = "";

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(RESULTS_DIR, `new-program-${name}.png`),
    fullPage: true,
    animations: "disabled",
  });

/** The step's heading is shown (and focused after the first step). */
const atStep = (page: Page, title: string) => page.getByRole("heading", { level: 2, name: title }).waitFor();

describe("New program in chromium", () => {
  it("a brand-new person of a brand-new tenant creates and opens a program, step by step", async () => {
    const page = await tab.open(`/tab/personal?${asNora}`);
    await page.getByRole("heading", { level: 2, name: "Programs" }).waitFor();
    await page.getByRole("link", { name: "New program" }).click();

    await atStep(page, "Start from a template");
    await page.getByRole("radio", { name: /IT onboarding buddy/ }).check();
    await shot(page, "1-template");
    await page.getByRole("button", { name: "Next" }).click();

    await atStep(page, "Basics");
    expect(await page.getByRole("combobox", { name: "Expected cadence" }).inputValue()).toBe("weekly");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Give the program a name.").waitFor(); // stays on Basics until named
    await page.getByRole("textbox", { name: "Program name" }).fill("New starters 2027");
    await page.getByRole("textbox", { name: "Target audience" }).fill("Everyone who joins IT this year");
    await page.getByRole("textbox", { name: "Escalation contact" }).fill("Nora Nilsen");
    await shot(page, "2-basics");
    await page.getByRole("button", { name: "Next" }).click();

    await atStep(page, "Skills taxonomy");
    await page.getByRole("button", { name: "Remove Amazon Web Services" }).click();
    await page.getByRole("textbox", { name: "Skill name" }).fill("Mainframe batch jobs");
    await page.getByRole("combobox", { name: "Group" }).fill("Operations");
    await page.getByRole("button", { name: "Add skill" }).click();
    await page.getByRole("checkbox", { name: "Mainframe batch jobs is critical" }).check();
    await shot(page, "3-taxonomy");
    await page.getByRole("button", { name: "Next" }).click();

    await atStep(page, "Agreement and agendas");
    await page
      .getByRole("group", { name: "First session, item 1" })
      .getByRole("textbox", { name: "Heading" })
      .fill("Coffee first");
    await shot(page, "4-templates");
    await page.getByRole("button", { name: "Next" }).click();

    await atStep(page, "Matching");
    await page.getByRole("radio", { name: /mentees may also ask/ }).check();
    await page.getByRole("spinbutton", { name: "Skill coverage" }).fill("50");
    await shot(page, "5-matching");
    await page.getByRole("button", { name: "Next" }).click();

    await atStep(page, "Outcomes");
    await page.getByRole("spinbutton", { name: /Baseline for time to productivity/ }).fill("12");
    await page.getByRole("spinbutton", { name: /Baseline for 12-month retention/ }).fill("85");
    await shot(page, "6-outcomes");
    await page.getByRole("button", { name: "Next" }).click();

    await atStep(page, "Review and create");
    await page.getByText("New starters 2027").waitFor();
    await page.getByText(/Mainframe batch jobs/).waitFor();
    await page.getByText(/Time to productivity \(weeks\) \(baseline 12\)/).waitFor();
    await shot(page, "7-summary");
    await page.getByRole("button", { name: "Create program" }).click();

    // The owner console opens on Setup; the draft is opened for intake from there.
    await page.getByRole("heading", { level: 1, name: "New starters 2027" }).waitFor();
    await page.getByText("Program created.").waitFor();
    await page.getByTestId("program-status").getByText("Status: Draft (not visible yet)").waitFor();
    await page.getByRole("button", { name: "Open for intake" }).click();
    await page.getByTestId("program-status").getByText("Status: Open for intake").waitFor();
    const link = await page.getByRole("textbox", { name: "Join link" }).inputValue();
    expect(link).toMatch(/\/tab\/join\/p-/);
    programId = decodeURIComponent(link.split("/tab/join/")[1] ?? "");
    await shot(page, "8-console");

    const token = await tab.server.signIn("u-nora", TENANT, "Nora Nilsen");
    const view = (await tab.server.call(token, "GET", `/api/programs/${programId}/setup`))
      .body as ProgramSetupView;
    expect(view.program).toMatchObject({
      name: "New starters 2027",
      purpose: "onboarding",
      templateId: "it-onboarding",
      status: "open",
      cadence: "weekly",
      matchingMode: "mentees-may-request",
      escalationContact: "Nora Nilsen",
      ownerIds: ["u-nora"],
      outcomes: expect.arrayContaining([
        { kind: "time-to-productivity", baseline: 12 },
        { kind: "retention-12m", baseline: 85 },
      ]),
    });
    expect(view.program.matchingWeights?.skill).toBe(50);
    expect(view.program.skills.some((s) => s.id === "aws")).toBe(false);
    expect(view.program.skills.find((s) => s.name === "Mainframe batch jobs")).toMatchObject({
      group: "Operations",
      critical: true,
    });
    expect(view.program.agendaTemplates?.first[0]?.heading).toBe("Coffee first");
    await page.close();
  });

  it("a colleague of the same tenant sees the open program on My mentoring and joins from the tab", async () => {
    const page = await tab.open(`/tab/personal?${asPia}`);
    const list = page.getByRole("list", { name: "Join a mentoring program" });
    const item = list.getByRole("listitem").filter({ hasText: "New starters 2027" });
    await item.getByText("for Everyone who joins IT this year").waitFor();
    await item.getByRole("button", { name: "Join" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Baton has sent you the form|The form is on its way/ })
      .waitFor();
    await shot(page, "11-join-from-tab");
    // Baton started her intake; the form waits in the delivery queue for her 1:1 chat.
    const pia = await tab.server.signIn("u-pia", TENANT, "Pia Persson");
    const joinable = (await tab.server.call(pia, "GET", "/api/me/joinable-programs")).body;
    expect(joinable).toEqual([expect.objectContaining({ programId, started: true })]);
    await page.close();
  });

  it("keeps an owner's edit through another owner's save: 412, reload, save again", async () => {
    const page = await tab.open(`/tab/program/${programId}?section=setup&${asNora}`);
    await page.getByRole("tab", { name: "Basics" }).click();
    const cadence = page.getByRole("combobox", { name: "Expected cadence" });
    await cadence.waitFor();
    await cadence.selectOption("monthly");
    // Meanwhile someone else saves (the same owner in another window).
    const token = await tab.server.signIn("u-nora", TENANT, "Nora Nilsen");
    const fresh = (await tab.server.call(token, "GET", `/api/programs/${programId}/setup`))
      .body as ProgramSetupView;
    await tab.server.call(token, "PATCH", `/api/programs/${programId}/setup`, {
      etag: fresh.program._etag,
      audience: "Changed elsewhere",
    });
    await page.getByRole("button", { name: "Save setup" }).click();
    await page.getByText("Not saved").waitFor();
    await page.getByRole("button", { name: "Reload" }).click();
    // The reload is a request: wait for its answer to reach the form instead of reading it at once.
    await expect
      .poll(() => page.getByRole("textbox", { name: "Target audience" }).inputValue(), { timeout: 15_000 })
      .toBe("Changed elsewhere");
    expect(await cadence.inputValue()).toBe("monthly");
    await page.getByRole("button", { name: "Save setup" }).click();
    await page.getByText("Setup saved.").waitFor();
    const after = (await tab.server.call(token, "GET", `/api/programs/${programId}/setup`))
      .body as ProgramSetupView;
    expect(after.program).toMatchObject({ audience: "Changed elsewhere", cadence: "monthly" });
    await page.close();
  });

  it("picks sponsors by name, and the Baton admin limits who may create programs", async () => {
    // Omar opened Baton once, so the pickers know him.
    const omar = await tab.server.signIn("u-omar", TENANT, "Omar Odum");
    await tab.server.call(omar, "GET", "/api/settings");
    const page = await tab.open(`/tab/program/${programId}?section=setup&${asNora}`);
    await page.getByRole("tab", { name: "Owners and sponsors" }).click();
    await page.getByRole("textbox", { name: "Find a person" }).fill("oma");
    await page.getByRole("button", { name: "Add Omar Odum as sponsor" }).click();
    await page.getByRole("status").filter({ hasText: "Omar Odum is now a sponsor." }).waitFor();
    await page.getByRole("list", { name: "Sponsors" }).getByText("Omar Odum").waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "new-program-9-people.png"), fullPage: true });
    await page.close();

    const home = await tab.open(`/tab/personal?${asNora}`);
    await home.getByRole("heading", { name: "Baton settings for your organisation" }).waitFor();
    await home.getByRole("combobox", { name: "Who may create programs" }).selectOption("listed");
    await home.getByRole("status").filter({ hasText: "Saved who may create programs." }).waitFor();
    await home.screenshot({ path: path.join(RESULTS_DIR, "new-program-10-settings.png"), fullPage: true });
    expect((await tab.server.call(omar, "GET", "/api/settings")).body.canCreatePrograms).toBe(false);
    await home.close();
  });

  // One test per page (all three themes switched in place), so a slow machine never runs three pages
  // against one timeout.
  const axePages = {
    flow: () => `/tab/programs/new?${asNora}`,
    setup: () => `/tab/program/${programId}?section=setup&${asNora}`,
    join: () => `/tab/personal?${asPia}`,
  } as const;
  for (const [name, routeOf] of Object.entries(axePages))
    it(`the ${name} page has no serious accessibility violations in the three themes`, async () => {
      const page = await tab.open(routeOf());
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      if (name === "flow") {
        // The busiest step: the taxonomy editor.
        await page.getByRole("button", { name: "Next" }).click();
        await page.getByRole("textbox", { name: "Program name" }).fill("Axe check");
        await page.getByRole("button", { name: "Next" }).click();
        await atStep(page, "Skills taxonomy");
      } else if (name === "join")
        await page.getByRole("list", { name: "Join a mentoring program" }).waitFor();
      else await page.getByRole("button", { name: "Save setup" }).waitFor();
      const found = await axeInThemes(page, {
        screenshot: (theme) => ({
          path: path.join(RESULTS_DIR, `new-program-axe-${name}-${theme}.png`),
          fullPage: true,
        }),
      });
      expect(found, `${name}: ${JSON.stringify(found, null, 2)}`).toEqual(NO_VIOLATIONS);
      await page.close();
    });
});
