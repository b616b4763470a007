import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { surveyFigures } from "@baton/shared";
import { reminderMessage } from "../../bot/src/features/check-in/reminder-card";
import { actionData, botClient, texts, walk, type Card } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { manualClock } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";
import { assertValidAdaptiveCard } from "../support/validate-card";

// Tuesday 3 March 2026, 13:00 UTC (14:00 in Rome and London): the demo's pair Amara–Marco had a
// session that ended 75 minutes ago and nobody has checked in yet.
const clock = manualClock("2026-03-03T13:00:00.000Z");
let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const marco = { tenantId: "contoso-demo", userId: "u-marco", name: "Marco Rossi" };

beforeAll(async () => {
  connector = await startLocalConnector();
  // Check-in cards alone: the chemistry check that comes with a first session is covered in rhythm-schedule.test.ts.
  server = await startTestServer({ clock, rhythm: { chemistryCheck: undefined } });
});
afterAll(async () => {
  await server.dispose();
  await connector.close();
});

const heading = (card: Card) => String(card.body?.[0]?.text ?? "");

describe("check-in, end to end through /api/messages", () => {
  it("sends the check-in after the demo session; answering it logs the session and the action item", async () => {
    const client = botClient(() => server.url, connector, marco);
    await client.install();
    const before = connector.received.length;
    await server.rhythm.runOnce();
    const mine = connector.received.slice(before).filter((r) => r.conversationId === "a:personal-u-marco");
    expect(mine).toHaveLength(1);
    let card: Card = mine[0]!.activity.attachments[0].content;
    assertValidAdaptiveCard(card, "reminder");
    if (!heading(card).startsWith("How did it go")) {
      // Several things were due: the digest links to the check-in form.
      const open = actionData(card, "checkin.open");
      expect(open).toBeDefined();
      card = (await client.execute("checkin.open", open)).card!;
    }
    expect(heading(card)).toBe("How did it go with Amara Okafor?");
    const submit = actionData(card, "checkin.submit");
    expect(submit).toMatchObject({ pairId: "amara-marco", sessionId: "s-b2" });

    // Bad input comes back on the same form, the problem named, what was typed kept.
    let answer = await client.execute("checkin.submit", { ...submit, met: "", actionTitle: "Try kubectl" });
    assertValidAdaptiveCard(answer.card, "check-in with a problem");
    expect(texts(answer.card!)).toContain("Tell me whether you met.");
    expect(JSON.stringify(answer.card)).toContain("Try kubectl");
    answer = await client.execute("checkin.submit", { ...submit, met: "yes", usefulness: "" });
    expect(texts(answer.card!)).toContain("Choose how useful it was, 1 to 5.");
    answer = await client.execute("checkin.submit", {
      ...submit,
      met: "yes",
      usefulness: "4",
      actionDue: "2026-03-10",
    });
    expect(texts(answer.card!)).toContain("Add the action item's title, or clear its date.");

    answer = await client.execute("checkin.submit", {
      ...submit,
      met: "yes",
      usefulness: "4",
      actionTitle: "Deploy the sample app to the test cluster",
      actionDue: "2026-03-10",
    });
    assertValidAdaptiveCard(answer.card, "check-in thanks");
    expect(heading(answer.card!)).toBe("Thanks for checking in");

    const token = await server.signIn("u-marco");
    const workspace = await server.call(token, "GET", "/api/pairs/amara-marco");
    expect(workspace.status).toBe(200);
    const session = workspace.body.sessions.find((s: any) => s.sessionId === "s-b2");
    expect(session).toMatchObject({ met: true, usefulness: 4 });
    const item = workspace.body.actionItems.find(
      (a: any) => a.title === "Deploy the sample app to the test cluster",
    );
    expect(item).toMatchObject({
      ownerId: "u-marco",
      dueDate: "2026-03-10",
      source: "bot",
      sessionId: "s-b2",
      done: false,
    });

    // A second answer writes nothing more, and the check-in is not sent again.
    answer = await client.execute("checkin.submit", { ...submit, met: "no" });
    expect(heading(answer.card!)).toBe("You already checked in");
    const after = connector.received.length;
    clock.advance(60 * 60_000);
    await server.rhythm.runOnce();
    expect(
      connector.received.slice(after).filter((r) => r.conversationId === "a:personal-u-marco"),
    ).toHaveLength(0);
  });

  it("my actions lists open items with Mark done; log a session records a meeting", async () => {
    const client = botClient(() => server.url, connector, marco);
    const [reply] = await client.say("my actions");
    const list = reply!.attachments[0].content;
    assertValidAdaptiveCard(list, "my actions");
    expect(texts(list)).toContain("Start the Kubernetes basics course");
    const done = walk(list).find(
      (n) => n.type === "Action.Execute" && n.verb === "action.done" && n.data?.actionItemId === "a-course",
    )?.data;
    expect(done).toMatchObject({ pairId: "amara-marco" });
    const updated = await client.execute("action.done", done);
    assertValidAdaptiveCard(updated.card, "my actions after done");
    expect(texts(updated.card!)).not.toContain("Start the Kubernetes basics course");
    expect(texts(updated.card!)).toContain("Deploy the sample app to the test cluster");

    const [form] = await client.say("log a session");
    const card = form!.attachments[0].content;
    assertValidAdaptiveCard(card, "log a session");
    let answer = await client.execute("session.log", {
      pairId: "amara-marco",
      date: "2026-03-09",
      usefulness: "5",
    });
    expect(texts(answer.card!)).toContain("The date is in the future: log a session once it happened.");
    answer = await client.execute("session.log", {
      pairId: "amara-marco",
      date: "2026-03-02",
      usefulness: "9",
    });
    expect(texts(answer.card!)).toContain("Choose how useful it was, 1 to 5.");
    answer = await client.execute("session.log", {
      pairId: "amara-marco",
      date: "2026-03-02",
      usefulness: "5",
      actionTitle: "Read the Helm chart of the sample app",
    });
    assertValidAdaptiveCard(answer.card, "session logged");
    expect(heading(answer.card!)).toBe("Session logged");
    const token = await server.signIn("u-marco");
    const workspace = await server.call(token, "GET", "/api/pairs/amara-marco");
    expect(
      workspace.body.sessions.filter(
        (s: any) => s.at.startsWith("2026-03-02") && s.met === true && s.usefulness === 5,
      ),
    ).toHaveLength(1);
    expect(workspace.body.actionItems.map((a: any) => a.title)).toContain(
      "Read the Helm chart of the sample app",
    );
  });

  it("snooze and mute from the card are stored and acknowledged", async () => {
    const client = botClient(() => server.url, connector, marco);
    let answer = await client.execute("rhythm.snooze", { days: 7 });
    assertValidAdaptiveCard(answer.card, "snoozed");
    expect(texts(answer.card!).join(" ")).toMatch(/hold your reminders until Mar 10, 2026/);
    expect((await server.repos.rhythm.getPrefs("contoso-demo", "u-marco"))?.snoozedUntil).toBe(
      "2026-03-10T14:00:00.000Z",
    );
    answer = await client.execute("rhythm.mute", {});
    assertValidAdaptiveCard(answer.card, "muted");
    expect(actionData(answer.card!, "rhythm.unmute")).toBeDefined();
    expect((await server.repos.rhythm.getPrefs("contoso-demo", "u-marco"))?.mutedAt).toBeDefined();
    answer = await client.execute("rhythm.unmute", {});
    const prefs = await server.repos.rhythm.getPrefs("contoso-demo", "u-marco");
    expect(prefs?.mutedAt).toBeUndefined();
    expect(prefs?.snoozedUntil).toBeUndefined();
  });
});

describe("surveys", () => {
  it("stores valid answers for the program's figures and re-shows bad ones with the problem named", async () => {
    const client = botClient(() => server.url, connector, marco);
    const target = { programId: "it-knowledge-2026", pairId: "amara-marco", phase: "final" };
    const open = await client.execute("survey.open", target);
    assertValidAdaptiveCard(open.card, "survey");
    const submit = actionData(open.card!, "survey.submit");
    expect(submit).toMatchObject(target);
    let answer = await client.execute("survey.submit", {
      ...submit,
      satisfaction: "4",
      usefulness: "5",
      goalProgress: "3",
      recommend: "11",
      lesson: "Small steps",
    });
    assertValidAdaptiveCard(answer.card, "survey with a problem");
    expect(texts(answer.card!)).toContain("Choose how likely you are to recommend it, 0 to 10.");
    answer = await client.execute("survey.submit", {
      ...submit,
      satisfaction: "4",
      usefulness: "5",
      goalProgress: "3",
      recommend: "9",
      lesson: " ",
    });
    expect(texts(answer.card!)).toContain("Write one thing you learned.");
    answer = await client.execute("survey.submit", {
      ...submit,
      satisfaction: "4",
      usefulness: "5",
      goalProgress: "3",
      recommend: "9",
      lesson: "Ask for help earlier.",
      continueInformally: "yes",
    });
    expect(heading(answer.card!)).toBe("Thanks for your answers");
    const responses = await server.repos.rhythm.surveyResponses("contoso-demo", "it-knowledge-2026");
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      phase: "final",
      recommend: 9,
      continueInformally: true,
      userId: "u-marco",
    });
    expect(surveyFigures(responses, 1).find((f) => f.phase === "final")).toMatchObject({
      shown: true,
      nps: 100,
      responses: 1,
    });
    expect(surveyFigures(responses, 5).find((f) => f.phase === "final")).toMatchObject({ shown: false });
    // A person outside the pair cannot open or answer it.
    const outsider = botClient(() => server.url, connector, {
      tenantId: "contoso-demo",
      userId: "u-tom",
      name: "Tom Becker",
    });
    expect((await outsider.execute("survey.open", target)).message).toMatch(/no longer open/);
  });
});

describe("every reminder card validates", () => {
  it("renders each kind alone and all together as valid Adaptive Cards under 40 KB", () => {
    const kinds = [
      ["session-due", { partnerName: "Ana", dueOn: "2026-03-10T00:00:00.000Z" }],
      ["check-in", { sessionId: "s1", at: "2026-03-03T09:00:00.000Z", partnerName: "Ana" }],
      [
        "action-due",
        { actionItemId: "a1", title: "Write the runbook", dueDate: "2026-03-04", partnerName: "Ana" },
      ],
      [
        "action-overdue",
        { actionItemId: "a2", title: "Review the diagram", dueDate: "2026-03-01", partnerName: "Ana" },
      ],
      ["quiet-pair", { partnerName: "Ana", lastMet: "2026-02-01T09:00:00.000Z" }],
      ["escalation", { pairNames: "Ana and Ben", lastMet: "", programName: "Pilot" }],
      ["chemistry-check", { partnerName: "Ana", programId: "prog" }],
      ["midpoint-survey", { programId: "prog", phase: "midpoint", partnerName: "Ana" }],
      ["final-survey", { programId: "prog", phase: "final", partnerName: "Ana" }],
      ["wrap-up", { partnerName: "Ana", endsOn: "2026-06-30T00:00:00.000Z" }],
    ] as const;
    const reminders = kinds.map(([kind, subject], i) => ({
      id: `r${i}`,
      pk: "t:x|due:2026-03-03T09",
      tenantId: "x",
      type: "reminder" as const,
      kind,
      recipientId: "u",
      pairId: "p",
      dueAt: "2026-03-03T09:00:00.000Z",
      sendAt: "2026-03-03T09:00:00.000Z",
      idempotencyKey: `k${i}`,
      subject: { ...subject },
      status: "pending" as const,
      attempts: 0,
      createdAt: "2026-03-03T09:00:00.000Z",
    }));
    const reader = {
      displayName: "Ben Okoro",
      timeZone: "Africa/Lagos",
      locale: "en-GB",
      zoneIsFallback: false,
    };
    for (const r of reminders) assertValidAdaptiveCard(reminderMessage([r], reader).card, r.kind);
    const all = reminderMessage(reminders, reader).card!;
    assertValidAdaptiveCard(all, "all kinds");
    expect(heading(all)).toBe("Hi Ben, 10 things for you");
    expect(JSON.stringify(all)).not.toMatch(/\$\{/);
  });
});
