import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamsActivity } from "../support/activities";
import { walk } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { cardText, meInvoke, resultProblems, searchValue, type Caller } from "../support/me-invoke";
import { startTestServer, type TestServer } from "../support/test-server";
import { checkAdaptiveCard } from "../support/validate-card";

let server: TestServer;
let connector: Awaited<ReturnType<typeof startLocalConnector>>;
const who = (userId: string, name: string, tenantId = "contoso-demo"): Caller => ({ tenantId, userId, name });
const priya = who("u-priya", "Priya Raman");
const elif = who("u-elif", "Elif Demir");
const stranger = who("u-priya", "Priya Raman", "fabrikam");

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
});
afterAll(async () => {
  await Promise.all([server.dispose(), connector.close()]);
});

const invoke = (
  name: string,
  value: Record<string, unknown>,
  caller: Caller,
  conversation?: { id: string; conversationType: string },
) => meInvoke(server.url, connector.serviceUrl, name, value, caller, conversation);
const query = (commandId: string, caller: Caller, q?: string) =>
  invoke("composeExtension/query", searchValue(commandId, q), caller);

async function execute(verb: string, data: Record<string, unknown>, caller: Caller) {
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(
      teamsActivity(
        connector.serviceUrl,
        {
          type: "invoke",
          name: "adaptiveCard/action",
          value: { action: { type: "Action.Execute", verb, data } },
        },
        caller,
      ),
    ),
  });
  return (await res.json()) as { statusCode: number; type: string; value: any };
}

describe("messaging extension search (composeExtension/query through CloudAdapter)", () => {
  it("findMentor finds Kubernetes for 'k8s': a list with previews, valid cards under 28 KB", async () => {
    const { status, body } = await query("findMentor", elif, "k8s");
    expect(status).toBe(200);
    expect(resultProblems(body)).toEqual([]);
    expect(body.composeExtension.attachments.length).toBeGreaterThan(0);
    expect(cardText(body)).toContain("Amara Okafor");
    expect(cardText(body)).toContain("Kubernetes");
    const card = body.composeExtension.attachments[0].content;
    expect(card.version).toBe("1.5");
    expect(walk(card).find((n) => n.type === "Action.Execute")).toMatchObject({
      title: "Ask for mentoring",
      verb: "me.mentor.ask",
    });
    // Never notes, goals or pairs.
    expect(cardText(body)).not.toMatch(/goal|marco|private/i);
  });

  it("findMentor's initial run lists mentors for the caller's wanted skills, never a search for 'true'", async () => {
    const { body } = await query("findMentor", elif);
    expect(resultProblems(body)).toEqual([]);
    const text = cardText(body);
    expect(body.composeExtension.attachments.length).toBeGreaterThan(0);
    // Elif wants incident response and Azure: every mentor listed offers one of them.
    for (const a of body.composeExtension.attachments)
      expect(JSON.stringify(a.content)).toMatch(/Incident response|Azure/);
    expect(text).not.toContain('"true"');
  });

  it("a search with no match says so and suggests what to try", async () => {
    const { status, body } = await query("findMentor", elif, "underwater basket weaving");
    expect(status).toBe(200);
    expect(body.composeExtension.type).toBe("message");
    expect(body.composeExtension.text).toMatch(
      /No mentor with free places offers "underwater basket weaving"\. Try/,
    );
  });

  it("a paused mentor is never listed, and is back as soon as they resume", async () => {
    const amara = await server.signIn("u-amara");
    expect((await server.call(amara, "POST", "/api/me/pause", {})).status).toBe(200);
    try {
      const { body } = await query("findMentor", elif, "kubernetes");
      expect(cardText(body)).not.toContain("Amara Okafor");
      const initial = await query("findMentor", elif);
      expect(cardText(initial.body)).not.toContain("Amara Okafor");
    } finally {
      expect((await server.call(amara, "POST", "/api/me/resume", {})).status).toBe(200);
    }
    const { body } = await query("findMentor", elif, "kubernetes");
    expect(cardText(body)).toContain("Amara Okafor");
  });

  it("findResource finds by title, skill or alias; the initial run lists the newest first", async () => {
    const firewall = await query("findResource", priya, "firewall");
    expect(resultProblems(firewall.body)).toEqual([]);
    expect(firewall.body.composeExtension.attachments[0].preview.content.title).toBe(
      "Firewall change runbook",
    );
    const openUrl = walk(firewall.body.composeExtension.attachments[0].content).find(
      (n) => n.type === "Action.OpenUrl",
    );
    expect(openUrl?.url).toMatch(/^https:\/\//);
    const k8s = await query("findResource", priya, "k8s");
    expect(k8s.body.composeExtension.attachments[0].preview.content.title).toBe("Kubernetes basics");
    const initial = await query("findResource", priya);
    expect(resultProblems(initial.body)).toEqual([]);
    const titles = initial.body.composeExtension.attachments.map((a: any) => a.preview.content.title);
    expect(titles[0]).toBe("Terraform on Azure");
    expect(titles).toContain("Firewall change runbook");
  });

  it("myActionItems lists the caller's open items, due first; a query filters", async () => {
    const { body } = await query("myActionItems", priya);
    expect(resultProblems(body)).toEqual([]);
    const titles = body.composeExtension.attachments.map((a: any) => a.preview.content.title);
    // The same items the pair workspace shows as Priya's open ones, due first.
    const token = await server.signIn("u-priya");
    const workspace = await server.call(token, "GET", "/api/pairs/oskar-priya");
    const open = workspace.body.actionItems
      .filter((a: any) => a.ownerId === "u-priya" && !a.done)
      .sort((a: any, b: any) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
    expect(open.length).toBeGreaterThan(0);
    expect(titles).toEqual(open.map((a: any) => a.title));
    const filtered = await query("myActionItems", priya, "zzzz-nothing");
    expect(filtered.body.composeExtension).toMatchObject({ type: "message" });
    expect(filtered.body.composeExtension.text).toMatch(
      /None of your open action items mentions "zzzz-nothing"/,
    );
  });

  it("a person of another tenant gets nothing", async () => {
    for (const id of ["findMentor", "findResource", "myActionItems"]) {
      const { status, body } = await query(id, stranger, "k8s");
      expect(status).toBe(200);
      expect(body.composeExtension.type).toBe("message");
      expect(cardText(body)).toBe("[]");
      expect(JSON.stringify(body)).not.toMatch(/Amara|Kubernetes basics|Oskar/);
    }
    const dialog = await invoke(
      "composeExtension/fetchTask",
      { commandId: "addActionItem", commandContext: "message", messagePayload: { body: { content: "hi" } } },
      stranger,
    );
    expect(dialog.body.task).toMatchObject({ type: "message" });
  });

  it("an unknown command id gets a friendly message, never a 5xx", async () => {
    for (const name of [
      "composeExtension/query",
      "composeExtension/fetchTask",
      "composeExtension/submitAction",
    ]) {
      const { status, body } = await invoke(name, { commandId: "makeCoffee", parameters: [] }, priya);
      expect(status).toBe(200);
      expect(JSON.stringify(body)).toMatch(/Baton doesn't know this command/);
    }
  });
});

describe("Add as action item (fetchTask and submitAction)", () => {
  const html =
    '<p><at id="0">Oskar Lindqvist</at>&nbsp;can you review the firewall change for the &lt;DMZ&gt; before Friday?</p><p>The ticket is CHG-1234 &amp; the rollback plan is attached.</p>';
  const payload = {
    id: "m1",
    body: { contentType: "html", content: html },
    from: { user: { displayName: "Oskar Lindqvist" } },
  };

  it("opens a dialog prefilled from the message: mentions and HTML stripped, the rest in the details", async () => {
    const { status, body } = await invoke(
      "composeExtension/fetchTask",
      { commandId: "addActionItem", commandContext: "message", messagePayload: payload },
      priya,
    );
    expect(status).toBe(200);
    expect(body.task.type).toBe("continue");
    const card = body.task.value.card.content;
    expect(checkAdaptiveCard(card).problems).toEqual([]);
    const input = (id: string) => walk(card).find((n) => n.id === id);
    expect(input("title")?.value).toBe("can you review the firewall change for the <DMZ> before Friday?");
    expect(input("description")?.value).toBe("The ticket is CHG-1234 & the rollback plan is attached.");
    expect(input("pairId")?.choices).toEqual([
      { title: "With Oskar Lindqvist (you are the mentee)", value: "oskar-priya" },
    ]);
    expect(input("dueDate")?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("creates the item through the same validation as the API and answers with a card to post", async () => {
    const empty = await invoke(
      "composeExtension/submitAction",
      {
        commandId: "addActionItem",
        messagePayload: payload,
        data: { title: " ", pairId: "oskar-priya", owner: "me" },
      },
      priya,
    );
    expect(empty.body.task.type).toBe("continue");
    expect(JSON.stringify(empty.body.task.value.card.content)).toContain("an action item needs a title");

    const notMine = await invoke(
      "composeExtension/submitAction",
      { commandId: "addActionItem", data: { title: "x", pairId: "amara-marco", owner: "me" } },
      priya,
    );
    expect(JSON.stringify(notMine.body)).toContain("Choose one of your pairs.");

    const { body } = await invoke(
      "composeExtension/submitAction",
      {
        commandId: "addActionItem",
        messagePayload: payload,
        data: {
          title: "Review the DMZ firewall change",
          description: "Ticket CHG-1234",
          pairId: "oskar-priya",
          owner: "me",
          dueDate: "2030-01-10",
        },
      },
      priya,
    );
    expect(resultProblems(body)).toEqual([]);
    expect(cardText(body)).toContain("Review the DMZ firewall change");
    const token = await server.signIn("u-priya");
    const workspace = await server.call(token, "GET", "/api/pairs/oskar-priya");
    const item = workspace.body.actionItems.find((a: any) => a.title === "Review the DMZ firewall change");
    expect(item).toMatchObject({
      ownerId: "u-priya",
      dueDate: "2030-01-10",
      source: "message",
      description: "Ticket CHG-1234",
      done: false,
    });

    // Its card's buttons: someone outside the pair cannot mark it done; Priya can, and the card shows it.
    const data = { pairId: "oskar-priya", actionItemId: item.actionItemId };
    const outsider = await execute("me.action.done", data, who("u-marco", "Marco Rossi"));
    expect(outsider.value).toMatch(/Only Oskar Lindqvist & Priya Raman can mark/);
    const viewOutside = await execute("me.action.view", data, who("u-marco", "Marco Rossi"));
    expect(walk(viewOutside.value).some((n) => n.verb === "me.action.done")).toBe(false);
    const done = await execute("me.action.done", data, priya);
    expect(done.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(done.value)).toContain('"value":"Done"');
    expect(checkAdaptiveCard(done.value).problems).toEqual([]);
    const after = await server.call(token, "GET", "/api/pairs/oskar-priya");
    expect(after.body.actionItems.find((a: any) => a.actionItemId === item.actionItemId).done).toBe(true);
  });

  it("'Ask for mentoring' tells someone who is not in the program how to join", async () => {
    const res = await execute(
      "me.mentor.ask",
      { programId: "it-knowledge-2026", mentorId: "u-amara" },
      who("u-nobody", "Noa Body"),
    );
    expect(res.statusCode).toBe(200);
    expect(res.value).toMatch(/join the mentoring program first/);
  });
});

describe("link unfurling (composeExtension/queryLink)", () => {
  const link = () => `${server.url}/tab/pair/oskar-priya`;

  it("shows the pair's names and next session to a member in the pair's own chat, in a 1.3 card", async () => {
    const token = await server.signIn("u-priya");
    expect(
      (
        await server.call(token, "PUT", "/api/chats/19%3Apair-chat%40thread.v2/pair", {
          pairId: "oskar-priya",
        })
      ).status,
    ).toBe(200);
    const { body } = await invoke("composeExtension/queryLink", { url: link() }, priya, {
      id: "19:pair-chat@thread.v2",
      conversationType: "groupChat",
    });
    expect(resultProblems(body, "1.3")).toEqual([]);
    expect(cardText(body)).toContain("Oskar Lindqvist & Priya Raman");
  });

  it("shows only 'A Baton pair workspace' anywhere else, to anyone else, and to another tenant", async () => {
    const elsewhere = await invoke("composeExtension/queryLink", { url: link() }, priya, {
      id: "19:other@thread.v2",
      conversationType: "groupChat",
    });
    const outsider = await invoke(
      "composeExtension/queryLink",
      { url: link() },
      who("u-marco", "Marco Rossi"),
      {
        id: "19:pair-chat@thread.v2",
        conversationType: "groupChat",
      },
    );
    const other = await invoke("composeExtension/queryLink", { url: link() }, stranger);
    for (const { body } of [elsewhere, outsider, other]) {
      expect(resultProblems(body, "1.3")).toEqual([]);
      expect(cardText(body)).toContain("A Baton pair workspace");
      expect(cardText(body)).not.toMatch(/Oskar|Priya|session/);
    }
    const unrelated = await invoke("composeExtension/queryLink", { url: "https://example.com/x" }, priya);
    expect(unrelated.body.composeExtension.attachments).toEqual([]);
  });
});

describe("a card shared from the messaging extension into the chat with Baton", () => {
  it("gets no 'I didn't understand' answer", async () => {
    connector.received.length = 0;
    const res = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        teamsActivity(
          connector.serviceUrl,
          {
            type: "message",
            text: '<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension"></span>',
            attachments: [
              { contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard" } },
            ],
          },
          priya,
        ),
      ),
    });
    expect(res.status).toBe(200);
    expect(connector.received).toHaveLength(0);
  });
});
