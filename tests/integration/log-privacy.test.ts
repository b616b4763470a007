import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../bot/src/observability/logger";
import { botClient } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import { startTestServer, type TestServer } from "../support/test-server";

/** The demo's personal data: people's names, note text, goal text, action items, survey answers. */
const PERSONAL_TYPES = new Set([
  "privateNote",
  "sharedNote",
  "goal",
  "actionItem",
  "session",
  "surveyResponse",
  "checkIn",
]);
const PERSONAL_FIELDS = new Set([
  "displayName",
  "name",
  "text",
  "title",
  "description",
  "notes",
  "answer",
  "comment",
]);

function personalStrings(docs: Record<string, unknown>[]): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, personal: boolean, key = "") => {
    if (typeof value === "string") {
      if ((personal || key === "displayName") && PERSONAL_FIELDS.has(key) && value.length >= 6)
        found.add(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, personal, key);
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, personal, k);
  };
  for (const doc of docs) walk(doc, PERSONAL_TYPES.has(String(doc.type)));
  return found;
}

describe("logs carry no personal data", () => {
  const lines: string[] = [];
  let server: TestServer;
  let connector: Awaited<ReturnType<typeof startLocalConnector>>;
  beforeAll(async () => {
    connector = await startLocalConnector();
    const logger = createLogger(
      "trace",
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    server = await startTestServer({ logger, log: (m) => logger.info(m) });
  });
  afterAll(async () => {
    await server?.dispose();
    await connector?.close();
  });

  it(
    "a representative run (demo seed, API calls, bot turns, the scheduler) logs none of the demo's names, notes, goals or answers",
    { timeout: 120_000 },
    async () => {
      const token = await server.signIn("u-priya");
      for (const route of ["/api/me", "/api/pairs/oskar-priya", "/api/profile", "/api/pairs/no-such-pair"])
        await server.call(token, "GET", route);
      await server.call(token, "POST", "/api/pairs/oskar-priya/action-items", {
        title: "Read the firewall runbook",
        ownerId: "u-priya",
      });
      await server.call(token, "POST", "/api/pairs/oskar-priya/action-items", { title: "" });
      const priya = botClient(() => server.url, connector, {
        tenantId: "contoso-demo",
        userId: "u-priya",
        name: "Priya Raman",
      });
      await priya.say("help");
      await priya.say("my actions");
      await priya.say("profile");
      await server.rhythm.runOnce();

      const { resources } = await server.cosmos.container.items.readAll().fetchAll();
      const personal = personalStrings(resources as Record<string, unknown>[]);
      personal.add("Read the firewall runbook");
      // The scan must have something to look for: names and the private notes of the demo.
      expect([...personal]).toEqual(expect.arrayContaining(["Priya Raman", "Oskar Lindqvist"]));
      expect([...personal].some((s) => s.startsWith("Ask Oskar how he decides"))).toBe(true);

      const log = lines.join("");
      expect(lines.length).toBeGreaterThan(8);
      expect(log).toContain('"msg":"request"');
      expect(log).toContain('"msg":"activity"');
      expect(log).toContain('"correlationId"');
      const leaked = [...personal].filter((s) => log.includes(s));
      expect(leaked).toEqual([]);
      // Route templates, never URLs with ids that name people (the demo pair's id is "oskar-priya").
      expect(log).not.toContain("oskar-priya");
    },
  );
});
