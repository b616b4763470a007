import path from "node:path";
import { describe, expect, it } from "vitest";
import { axeInThemes, NO_VIOLATIONS, RESULTS_DIR } from "../support/browser";
import { useTabHarness } from "../support/tab-harness";

/** Issue 12 in chromium: the owner picks a mentor for an unmatched mentee; a mentor answers a request. */
const PROGRAM = "it-knowledge-2026";
const tab = useTabHarness();

describe("journeys in chromium", () => {
  it("the owner picks a mentor for an unmatched mentee after seeing what it costs", async () => {
    const owner = await tab.server.signIn("u-ines");
    expect((await tab.server.call(owner, "POST", `/api/programs/${PROGRAM}/matching/runs`, {})).status).toBe(
      201,
    );
    const page = await tab.open(`/tab/program/${PROGRAM}?as=u-ines&section=matching`);
    const notMatched = page.getByRole("list", { name: "Not matched" });
    await notMatched.waitFor();
    const choose = page.getByRole("combobox", { name: "Mentor for Ravi Shankar" });
    const card = notMatched.getByRole("listitem").filter({ has: choose });
    await card.getByText(/ruled out for them/).waitFor();
    await choose.selectOption({ label: "Amara Okafor" });
    // No pick before the cost is shown.
    expect(await card.getByRole("button", { name: /^Pick / }).count()).toBe(0);
    await card.getByRole("button", { name: "Show the cost" }).click();
    await card
      .getByRole("status")
      .filter({ hasText: /Amara Okafor: .*forcing this costs/ })
      .waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "journeys-pick-cost.png"), fullPage: true });
    await card.getByRole("button", { name: "Pick Amara Okafor for Ravi Shankar" }).click();
    await page.getByRole("status").filter({ hasText: "Ravi Shankar with Amara Okafor is locked." }).waitFor();
    const picked = page.getByRole("article", { name: "Ravi Shankar with mentor Amara Okafor" });
    await picked.getByText("Locked", { exact: true }).waitFor();
    await picked.getByText(/offers none of the skills Ravi Shankar wants to learn/).waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "journeys-pick-locked.png"), fullPage: true });
    await page.close();
  });

  it("a mentor sees a request under What is due and accepts it in the tab", async () => {
    const hana = await tab.server.signIn("u-hana");
    const asked = await tab.server.call(hana, "POST", "/api/mentor-requests", {
      programId: PROGRAM,
      mentorId: "u-oskar",
      message: "I would like to learn how you review changes.",
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const page = await tab.open("/tab/personal?as=u-oskar");
    const due = page.getByRole("list", { name: "Due items" });
    await due.getByText("Hana Kim would like you as their mentor").waitFor();
    await due.getByRole("link", { name: "Answer Hana Kim's request" }).click();
    const waiting = page.getByRole("list", { name: "Requests waiting for your answer" });
    await waiting.getByText("In Hana's words: “I would like to learn how you review changes.”").waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "journeys-request-to-answer.png"), fullPage: true });
    await waiting.getByRole("button", { name: "Accept Hana Kim" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /introduced you both/ })
      .waitFor();
    await page.getByRole("heading", { level: 2, name: "Requests to you (0)" }).waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, "journeys-request-accepted.png"), fullPage: true });
    const requests = await tab.server.call(hana, "GET", `/api/mentor-requests?programId=${PROGRAM}`);
    expect(requests.body.asMentee).toMatchObject({ status: "accepted", mentorId: "u-oskar" });
    await page.close();
  });

  const routes = [
    [`/tab/program/${PROGRAM}?as=u-ines&section=matching`, "Not matched"],
    [`/tab/find-mentor/${PROGRAM}?as=u-lucia`, "Mentors you could ask"],
    ["/tab/personal?as=u-lucia", "What is due"],
  ] as const;
  for (const [route, heading] of routes) {
    it(`${route} has no serious accessibility violations in the three themes`, async () => {
      const ravi = await tab.server.signIn("u-ravi");
      // A request for the mentor's view, and the pick control on the owner's review.
      await tab.server.call(ravi, "POST", "/api/mentor-requests", {
        programId: PROGRAM,
        mentorId: "u-lucia",
      });
      const page = await tab.open(route);
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page
        .getByRole("heading", { name: new RegExp(`^${heading}`) })
        .first()
        .waitFor();
      await page.waitForLoadState("networkidle");
      const found = await axeInThemes(page);
      expect(found, `${route}: ${JSON.stringify(found, null, 2)}`).toEqual(NO_VIOLATIONS);
      await page.close();
    });
  }
});
