import { formatCalendarDate } from "@baton/shared";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { axeInThemes, NO_VIOLATIONS, RESULTS_DIR } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

const tab = useTabHarness();
const open = tab.open;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("My profile in chromium", () => {
  it("edits skills and availability, shows problems next to their fields, and persists after a reload", async () => {
    const page = await open("/tab/profile?as=u-marco");
    await page.getByRole("heading", { level: 1, name: "My profile" }).waitFor();

    // Add a skill to learn.
    await page.getByRole("button", { name: "Add a skill to learn" }).click();
    const newSkill = page.getByRole("group", { name: "Skill to learn 3" });
    await expect
      .poll(() =>
        newSkill.getByLabel("Skill", { exact: true }).evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await newSkill.getByLabel("Skill", { exact: true }).selectOption("azure");
    await newSkill.getByLabel("Level", { exact: true }).selectOption("2");

    // Bad input: an empty role and a time that ends before it starts.
    const role = page.getByRole("textbox", { name: "Role" });
    await role.fill("");
    const firstTime = page.getByRole("group", { name: "Time 1" });
    await firstTime.getByLabel("To", { exact: true }).fill("09:00");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Tell us your role, e.g. Network engineer.").waitFor();
    await firstTime.getByText("A slot must end after it starts.").waitFor();
    expect(await role.getAttribute("aria-invalid")).toBe("true");
    expect(await role.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: path.join(RESULTS_DIR, "profile-validation.png"), fullPage: true });

    // Fix both, add an evening on Friday, and save.
    await role.fill("Platform Engineer");
    await firstTime.getByLabel("To", { exact: true }).fill("12:30");
    await page.getByRole("button", { name: "Add a time" }).click();
    const newTime = page.getByRole("group", { name: "Time 3" });
    await newTime.getByLabel("Day", { exact: true }).selectOption({ label: "Friday" });
    await newTime.getByLabel("From", { exact: true }).fill("18:00");
    await newTime.getByLabel("To", { exact: true }).fill("20:00");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByRole("status").filter({ hasText: "Profile saved." }).waitFor();

    // Reload: the page reads everything back from the tab.server.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "My profile" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Role" }).inputValue()).toBe("Platform Engineer");
    expect(
      await page
        .getByRole("group", { name: "Skill to learn 3" })
        .getByLabel("Skill", { exact: true })
        .inputValue(),
    ).toBe("azure");
    await page.getByRole("button", { name: "Remove Friday 18:00 to 20:00" }).waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "profile.png"), fullPage: true });

    // And the server agrees.
    const token = await tab.server.signIn("u-marco");
    const view = (await tab.server.call(token, "GET", "/api/me/profile")).body;
    expect(view.profile.role).toBe("Platform Engineer");
    expect(view.profile.learn).toContainEqual({ skillId: "azure", level: 2 });
    expect(view.profile.availability).toEqual([
      { day: 1, startMinute: 600, endMinute: 750 },
      { day: 3, startMinute: 600, endMinute: 720 },
      { day: 4, startMinute: 1080, endMinute: 1200 },
    ]);
    await page.close();
  });

  it("shows the server's message next to its field, and keeps typed text through a conflict", async () => {
    const page = await open("/tab/profile?as=u-david");
    await page.getByRole("heading", { level: 1, name: "My profile" }).waitFor();

    // A 400 naming a field the browser did not check is shown next to that field.
    await page.route("**/api/me/profile", (route) =>
      route.request().method() === "PUT"
        ? route.fulfill({
            status: 400,
            contentType: "application/json",
            body: JSON.stringify({
              error: {
                code: "validation",
                message: "mentorCapacity: Pick a number from 0 to 3.",
                field: "mentorCapacity",
              },
            }),
          })
        : route.fallback(),
    );
    await page.getByRole("button", { name: "Save profile" }).click();
    const capacity = page.getByRole("combobox", { name: "How many people I could mentor at once" });
    await page.getByText("Pick a number from 0 to 3.").waitFor();
    expect(await capacity.getAttribute("aria-invalid")).toBe("true");
    await page.unroute("**/api/me/profile");

    // Someone (David in chat with Baton) changes the profile meanwhile: the save is refused, the text stays.
    const token = await tab.server.signIn("u-david");
    const before = (await tab.server.call(token, "GET", "/api/me/profile")).body;
    expect(
      (await tab.server.call(token, "PUT", "/api/me/profile", { etag: before.etag, team: "Data Platform" }))
        .status,
    ).toBe(200);
    const goals = page.getByRole("textbox", { name: "What I want to be able to do" });
    await goals.fill("Learn to run Azure SQL well and automate backups end to end.");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByRole("alert").filter({ hasText: "Someone else changed this" }).waitFor();
    await page.getByRole("button", { name: "Reload" }).click();
    await page.getByRole("status").filter({ hasText: "Your changes are still in the form" }).waitFor();
    expect(await goals.inputValue()).toBe("Learn to run Azure SQL well and automate backups end to end.");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByRole("status").filter({ hasText: "Profile saved." }).waitFor();
    const after = (await tab.server.call(token, "GET", "/api/me/profile")).body;
    expect(after.profile.goals).toBe("Learn to run Azure SQL well and automate backups end to end.");
    await page.close();
  });

  it("pauses with a return date and resumes", async () => {
    const page = await open("/tab/profile?as=u-hana");
    await page.getByRole("heading", { level: 2, name: "Participation" }).waitFor();
    const until = daysFromNow(14);
    await page.getByLabel("Back on (optional)").fill(until);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await page
      .getByRole("status")
      // The date in the browser's language (issue 12 item 8).
      .filter({
        hasText: new RegExp(
          `Paused until (${formatCalendarDate(until, "en-US")}|${formatCalendarDate(until, "en-GB")})`,
        ),
      })
      .waitFor();
    await page.getByRole("button", { name: "Resume" }).waitFor();
    const token = await tab.server.signIn("u-hana");
    const paused = (await tab.server.call(token, "GET", "/api/me/profile")).body;
    expect(paused.profile.status).toBe("paused");
    expect(paused.profile.pausedUntil).toBe(`${until}T00:00:00.000Z`);
    await page.screenshot({ path: path.join(RESULTS_DIR, "profile-paused.png"), fullPage: true });

    await page.getByRole("button", { name: "Resume" }).click();
    await page.getByRole("status").filter({ hasText: "Welcome back" }).waitFor();
    await page.getByRole("button", { name: "Pause", exact: true }).waitFor();
    expect((await tab.server.call(token, "GET", "/api/me/profile")).body.profile.status).toBe("active");
    await page.close();
  });

  it("leaves after a confirm dialog that explains keep and delete, then shows the server's message", async () => {
    const page = await open("/tab/profile?as=u-joe");
    await page.getByRole("button", { name: "Leave the program…" }).click();
    const dialog = page.getByRole("dialog", { name: "Leave the program?" });
    await dialog.getByText("Pairs you are in stay readable").waitFor();
    await dialog.getByRole("radio", { name: /^Delete it/ }).check();
    await page.screenshot({ path: path.join(RESULTS_DIR, "profile-leave-dialog.png") });
    await dialog.getByRole("button", { name: "Leave and delete my profile" }).click();
    await page.getByRole("status").filter({ hasText: "your mentoring profile is deleted" }).waitFor();
    await page.getByText("You have not joined a mentoring program yet").waitFor();
    const token = await tab.server.signIn("u-joe");
    expect((await tab.server.call(token, "GET", "/api/me/profile")).body.profile).toBeNull();
    await page.close();
  });

  it("tells someone who never joined how to join, and lists the open programs with Join", async () => {
    const page = await open("/tab/profile?as=u-newcomer");
    await page.getByText("You have not joined a mentoring program yet").waitFor();
    await page.getByText(/type join/).waitFor();
    const programs = page.getByRole("list", { name: "Join a mentoring program" });
    await programs.getByRole("listitem").first().waitFor();
    expect(await programs.getByRole("button", { name: "Join" }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("My mentoring names skills and links to the profile", async () => {
    const page = await open("/tab/personal?as=u-priya");
    await page.getByText(/Terraform \(level 2 of 4\)/).waitFor();
    expect(await page.getByRole("heading", { name: "Programs I run" }).count()).toBe(0);
    await page.getByRole("link", { name: "Edit my profile" }).click();
    await page.getByRole("heading", { level: 1, name: "My profile" }).waitFor();
    await page.close();
  });
});

describe("the program page in chromium", () => {
  it("the owner sees intake figures and per-skill supply, and reviews matches", async () => {
    const page = await open("/tab/personal?as=u-ines");
    await page.getByRole("heading", { level: 2, name: "Programs I run" }).waitFor();
    const token = await tab.server.signIn("u-ines");
    const intake = (await tab.server.call(token, "GET", "/api/programs/it-knowledge-2026/intake")).body;
    // The program's console link (My mentoring also lists its dashboard under the same name).
    const runs = page.locator("section", { has: page.getByRole("heading", { name: "Programs I run" }) });
    await runs.getByRole("link", { name: intake.programName }).click();
    await page.getByRole("heading", { level: 1, name: intake.programName }).waitFor();

    const figures = page.getByRole("definition");
    expect(await figures.count()).toBeGreaterThanOrEqual(10);
    await page.getByText("Taking part", { exact: true }).waitFor();
    const table = page.getByRole("table");
    const rows = table.getByRole("row");
    expect(await rows.count()).toBe(intake.skills.length + 1);
    const top = [...intake.skills].sort(
      (a: { shortfall: number }, b: { shortfall: number }) => b.shortfall - a.shortfall,
    )[0];
    expect(await rows.nth(1).getByRole("rowheader").textContent()).toContain(top.name);
    expect(await table.getByText("Critical").count()).toBe(
      intake.skills.filter((s: { critical: boolean }) => s.critical).length,
    );
    expect(await page.getByRole("columnheader", { name: /Shortfall/ }).getAttribute("aria-sort")).toBe(
      "descending",
    );
    await page.getByRole("button", { name: /^Shortfall/ }).click();
    expect(await page.getByRole("columnheader", { name: /Shortfall/ }).getAttribute("aria-sort")).toBe(
      "ascending",
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, "program-intake.png"), fullPage: true });

    // Matching: run, lock one, approve one.
    await page.getByRole("tab", { name: "Matching" }).click();
    await page.getByText("No matching run yet").waitFor();
    await page.getByRole("button", { name: "Run matching" }).click();
    await page.getByRole("status").filter({ hasText: "Matching finished" }).waitFor({ timeout: 60_000 });
    const proposals = page.getByRole("list", { name: "Proposed pairs" }).getByRole("article");
    expect(await proposals.count()).toBeGreaterThan(0);
    const matching = (await tab.server.call(token, "GET", "/api/programs/it-knowledge-2026/matching")).body;
    const [first, second] = matching.proposals as { menteeName: string; menteeId: string }[];
    expect(first).toBeDefined();
    await page.getByRole("button", { name: `Lock ${first!.menteeName}'s match` }).click();
    await page.getByRole("button", { name: `Unlock ${first!.menteeName}'s match` }).waitFor();
    if (second) {
      await page.getByRole("button", { name: `Approve ${second.menteeName}'s match` }).click();
      await page.getByRole("status").filter({ hasText: "1 match approved" }).waitFor();
    }
    // Why not another mentor: the engine's answer, in a sentence with names.
    const other = page.getByRole("combobox", { name: `Other mentor for ${first!.menteeName}` });
    const otherName = (await other.locator("option:checked").textContent()) ?? "";
    const card = page.getByRole("listitem").filter({ has: other });
    await card.getByRole("button", { name: "Explain" }).click();
    const why = card.getByRole("status").filter({ hasText: `${otherName}: ` });
    await why.waitFor();
    expect(await why.textContent()).not.toMatch(/\bu-[a-z]+/);
    await page.screenshot({ path: path.join(RESULTS_DIR, "program-matching.png"), fullPage: true });
    const after = (await tab.server.call(token, "GET", "/api/programs/it-knowledge-2026/matching")).body;
    const status = (id: string) =>
      after.proposals.find((p: { menteeId: string }) => p.menteeId === id)?.status;
    expect(status(first!.menteeId)).toBe("locked");
    if (second) expect(status(second.menteeId)).toBe("approved");
    await page.close();
  });

  it("someone who does not run the program gets the not-found state and no figures", async () => {
    const page = await open("/tab/program/it-knowledge-2026?as=u-tom");
    await page.getByRole("alert").filter({ hasText: "We could not open this program" }).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await page.getByRole("tab").count()).toBe(0);
    await page.close();
  });

  const routes = [
    ["/tab/profile?as=u-priya", "profile"],
    ["/tab/program/it-knowledge-2026?as=u-ines", "program-intake"],
    ["/tab/program/it-knowledge-2026?as=u-ines&section=matching", "program-matching"],
    ["/tab/personal?as=u-ines", "personal-owner"],
  ] as const;
  for (const [route, name] of routes) {
    it(`${route} has no serious accessibility violations in the three themes`, async () => {
      const page = await open(route);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      const found = await axeInThemes(page, {
        screenshot:
          name === "personal-owner"
            ? undefined
            : (theme) => ({ path: path.join(RESULTS_DIR, `${name}-${theme}.png`), fullPage: true }),
      });
      expect(found, `${route}: ${JSON.stringify(found, null, 2)}`).toEqual(NO_VIOLATIONS);
      await page.close();
    });
  }
});
