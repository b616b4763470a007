import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAgentsPlayground } from "../support/agents-playground";
import { launchChromium, newPage, RESULTS_DIR } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";

const SHOTS = path.join(RESULTS_DIR, "intake-playground");
const person = { tenantId: "contoso-demo", aadObjectId: "u-zoe", name: "Zoe Mensah" };

let server: TestServer;
let browser: Browser;
let playground: Awaited<ReturnType<typeof startAgentsPlayground>>;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  playground = await startAgentsPlayground(server.url, person);
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await server?.dispose();
});

/** The newest Adaptive Card in the chat (Action.Execute replaces it in place). */
const lastCard = (page: Page): Locator => page.locator(".ac-adaptiveCard").last();

async function waitForStep(page: Page, title: string): Promise<Locator> {
  const card = lastCard(page);
  await card.getByText(title, { exact: true }).first().waitFor({ timeout: 15_000 });
  return card;
}

async function choose(page: Page, card: Locator, label: RegExp, options: string[]): Promise<void> {
  await card.getByRole("combobox", { name: label }).click();
  for (const option of options) {
    // Single choice lists show options; multi-select lists show a checkbox per choice.
    const exact = { name: option, exact: true };
    await page
      .getByRole("option", exact)
      .or(page.getByRole("menuitemcheckbox", exact))
      .or(page.getByRole("checkbox", exact))
      .first()
      .click();
  }
  await page.keyboard.press("Escape");
}

let shot = 0;
const snap = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(SHOTS, `${String(++shot).padStart(2, "0")}-${name}.png`),
    fullPage: true,
  });

describe("intake in the Microsoft 365 Agents Playground (headless chromium)", () => {
  it("a new person installs, joins and completes intake", async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 1100 } });
    await page.goto(playground.url);

    // Opening the playground installs the app: Baton greets with the open program.
    const greeting = lastCard(page);
    await greeting.getByText(/I'm Baton/).waitFor({ timeout: 20_000 });
    await snap(page, "greeting");
    await greeting.getByRole("button", { name: "Join IT knowledge transfer 2026" }).click();

    // About you, first with a problem the server names under the field.
    let card = await waitForStep(page, "About you");
    await card.getByRole("textbox", { name: /Your role/ }).fill("x");
    await card.getByRole("textbox", { name: /Your team/ }).fill("Cloud");
    await choose(page, card, /Your experience/, ["Junior"]);
    await choose(page, card, /Your time zone/, ["Europe/Berlin"]);
    await card.getByRole("button", { name: "Continue" }).click();
    card = lastCard(page);
    await card.getByText(/Tell us your role/).waitFor();
    await snap(page, "about-with-problem");
    await card.getByRole("textbox", { name: /Your role/ }).fill("Cloud engineer");
    await choose(page, card, /Your manager/, ["Amara Okafor"]);
    await snap(page, "about");
    await card.getByRole("button", { name: "Continue" }).click();

    card = await waitForStep(page, "What you want to learn");
    await choose(page, card, /Skills to learn/, ["Kubernetes (cloud)", "Terraform (cloud)"]);
    await card
      .getByRole("textbox", { name: /Your goals/ })
      .fill("Run our first production workload on Kubernetes.");
    await snap(page, "learn");
    await card.getByRole("button", { name: "Continue" }).click();

    card = await waitForStep(page, "What you can offer");
    await choose(page, card, /Skills to offer/, ["Azure (cloud)"]);
    await snap(page, "offer");
    await card.getByRole("button", { name: "Continue" }).click();

    card = await waitForStep(page, "Your levels");
    await choose(page, card, /Learning: Kubernetes/, ["1 · new to it"]);
    await choose(page, card, /Offering: Azure/, ["4 · can teach it"]);
    await snap(page, "levels");
    await card.getByRole("button", { name: "Continue" }).click();

    card = await waitForStep(page, "How you like to work");
    await card.getByRole("checkbox", { name: "Hands-on, learning by doing" }).check();
    await card.getByRole("checkbox", { name: "Video calls" }).check();
    await card.getByRole("checkbox", { name: "One-to-one" }).check();
    await choose(page, card, /Your match could be/, ["Someone from another team"]);
    await choose(page, card, /When you are usually free/, ["Tue morning", "Thu afternoon"]);
    await snap(page, "ways");
    await card.getByRole("button", { name: "Continue" }).click();

    card = await waitForStep(page, "Mentoring others");
    await card.getByRole("radio", { name: "1" }).check();
    await snap(page, "capacity");
    await card.getByRole("button", { name: "Continue" }).click();

    card = await waitForStep(page, "Check and confirm");
    await card.getByRole("checkbox", { name: /I agree/ }).check();
    await snap(page, "consent");
    await card.getByRole("button", { name: "Join the program" }).click();
    await lastCard(page)
      .getByText(/You're in/)
      .waitFor({ timeout: 15_000 });
    await snap(page, "done");

    const profile = await server.repos.people.getProfile(person.tenantId, person.aadObjectId);
    expect(profile).toMatchObject({
      role: "Cloud engineer",
      team: "Cloud",
      managerId: "u-amara",
      level: "junior",
      timeZone: "Europe/Berlin",
      learn: [
        { skillId: "kubernetes", level: 1 },
        { skillId: "terraform", level: 1 },
      ],
      offer: [{ skillId: "azure", level: 4 }],
      mentorCapacity: 1,
      status: "active",
    });
    expect(profile?.availability).toHaveLength(2);
    await page.close();
  });
});
