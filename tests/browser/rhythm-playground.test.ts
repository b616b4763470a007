import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TAB_DIST } from "../../bot/src/server";
import { startAgentsPlayground } from "../support/agents-playground";
import { launchChromium, newPage, RESULTS_DIR } from "../support/browser";
import { manualClock } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";

const SHOTS = path.join(RESULTS_DIR, "rhythm-playground");
const marco = { tenantId: "contoso-demo", aadObjectId: "u-marco", name: "Marco Rossi" };
const ACTION = "Deploy the sample app to the test cluster";

// Tuesday 3 March 2026, 13:00 UTC (14:00 in Rome): the demo's pair Amara–Marco had a session that
// ended an hour ago (seeded relative to this clock) and nobody has checked in on it yet.
const clock = manualClock("2026-03-03T13:00:00.000Z");
let server: TestServer;
let browser: Browser;
let playground: Awaited<ReturnType<typeof startAgentsPlayground>>;

beforeAll(async () => {
  if (!existsSync(path.join(DEFAULT_TAB_DIST, "index.html")))
    throw new Error("The tab is not built: run `npm run build:tab` first (npm test does).");
  await rm(SHOTS, { recursive: true, force: true });
  await mkdir(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([
    // Fast retries: the playground has one user, so the proactive messages Baton sends to the demo's
    // other people (through new 1:1 chats) are refused with 500s; they need not hold up the tick.
    startTestServer({ clock, rhythm: { backoff: { baseMs: 10, maxMs: 50, maxAttempts: 2 } } }),
    launchChromium(),
  ]);
  playground = await startAgentsPlayground(server.url, marco);
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await server?.dispose();
});

/** Polls `check` until it returns something truthy (no fixed sleeps). */
async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let shot = 0;
const snap = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(SHOTS, `${String(++shot).padStart(2, "0")}-${name}.png`),
    fullPage: true,
    animations: "disabled",
  });

describe("the check-in in the Microsoft 365 Agents Playground (headless chromium)", () => {
  // Loading the playground's web client (a large bundle) is set-up, in its own hook: on a loaded
  // machine it alone can take half a minute, which is not what this test measures.
  let chat: Page;
  beforeAll(async () => {
    chat = await newPage(browser, { viewport: { width: 1280, height: 1100 } });
    await chat.goto(playground.url);

    // Opening the playground installs the app, which stores where to reach Marco: the playground.
    await until("Marco's conversation reference", async () => {
      const ref = await server.repos.rhythm.personalReference(marco.tenantId, marco.aadObjectId);
      const serviceUrl = (ref?.reference as { serviceUrl?: string } | undefined)?.serviceUrl;
      // The playground names itself "localhost" in the serviceUrl: compare ports.
      return serviceUrl !== undefined && new URL(serviceUrl).port === new URL(playground.url).port;
    });
    await chat
      .locator(".ac-adaptiveCard")
      .getByText(/I'm Baton/)
      .waitFor({ timeout: 20_000 });
  });

  it("Marco receives the check-in after the demo session, answers it, and sees it in the pair workspace", async () => {
    const cards = chat.locator(".ac-adaptiveCard");
    await snap(chat, "installed");
    const before = await cards.count();

    // The scheduler runs: the check-in is due, inside Marco's working hours (14:00 in Rome), and goes
    // out proactively through the playground. Other things due for Marco at the same time (the
    // chemistry check) may come in the same message as a digest, or in a message of their own.
    const stats = await server.rhythm.runOnce();
    expect(stats.messages).toBeGreaterThanOrEqual(1);
    const checkIn = /How did it go with Amara Okafor\?|How was your session with Amara Okafor\?/;
    const index = await until("the check-in in the chat", async () => {
      const texts = await cards.allInnerTexts();
      const i = texts.findIndex((t, n) => n >= before && checkIn.test(t));
      return i >= 0 ? i + 1 : false;
    });
    // Action.Execute replaces a card in place: this locator follows the check-in through its answers.
    const card = cards.nth(index - 1);
    await snap(chat, "check-in-received");
    if ((await card.getByText("How did it go with Amara Okafor?", { exact: true }).count()) === 0) {
      // Several things were due at once: the digest's button opens the check-in form in its place.
      await card.getByRole("button", { name: "Check in", exact: true }).click();
      await card.getByText("How did it go with Amara Okafor?", { exact: true }).waitFor();
      await snap(chat, "check-in-form");
    }

    // First without usefulness: the card comes back with the problem named and the answers kept.
    await card.getByRole("radio", { name: "Yes, we met" }).check();
    await card.getByRole("textbox", { name: /One action item/ }).fill(ACTION);
    await card.getByRole("button", { name: "Send" }).click();
    await card.getByText("Choose how useful it was, 1 to 5.").waitFor({ timeout: 15_000 });
    await expect(card.getByRole("textbox", { name: /One action item/ }).inputValue()).resolves.toBe(ACTION);
    await expect(card.getByRole("radio", { name: "Yes, we met" }).isChecked()).resolves.toBe(true);
    await snap(chat, "check-in-with-problem");

    // Then with usefulness 4.
    await card.getByRole("combobox", { name: /How useful was it/ }).click();
    await chat.getByRole("option", { name: "4", exact: true }).click();
    await chat.keyboard.press("Escape");
    await snap(chat, "check-in-answered");
    await card.getByRole("button", { name: "Send" }).click();
    await card.getByText("Thanks for checking in", { exact: true }).waitFor({ timeout: 15_000 });
    await snap(chat, "check-in-thanks");
    await chat.close();

    // The server has it.
    const token = await server.signIn("u-marco");
    const workspace = await server.call(token, "GET", "/api/pairs/amara-marco");
    expect(workspace.status).toBe(200);
    expect(workspace.body.sessions.find((s: { sessionId: string }) => s.sessionId === "s-b2")).toMatchObject({
      met: true,
      usefulness: 4,
    });
    expect(workspace.body.actionItems.find((a: { title: string }) => a.title === ACTION)).toMatchObject({
      ownerId: "u-marco",
      source: "bot",
      sessionId: "s-b2",
      done: false,
    });

    // And the pair workspace tab shows it to Marco.
    const tab = await newPage(browser, { viewport: { width: 1100, height: 900 } });
    // The tab's "today" (what is overdue) is the browser's: the same instant as the server's clock.
    await tab.clock.setFixedTime(clock.now());
    await tab.goto(`${server.url}/tab/pair/amara-marco?as=u-marco&section=sessions`);
    await tab.getByRole("heading", { level: 1, name: "Mentoring with Amara Okafor" }).waitFor();
    const logged = tab
      .getByRole("article")
      .filter({ hasText: "Containers vs VMs: what changes for patching and backups." });
    await logged.getByText(/usefulness 4 of 5/).waitFor();
    expect(await logged.getByText(/marked as not met/).count()).toBe(0);
    await snap(tab, "workspace-sessions");

    await tab.getByRole("tab", { name: "Action items" }).click();
    await tab.getByRole("checkbox", { name: ACTION }).waitFor();
    expect(await tab.getByRole("checkbox", { name: ACTION }).isChecked()).toBe(false);
    await snap(tab, "workspace-action-items");
    await tab.close();
  });
});
