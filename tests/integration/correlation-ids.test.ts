import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../bot/src/observability/logger";
import type { RhythmOptions } from "../../bot/src/rhythm/rhythm-runtime";
import { botClient } from "../support/bot-client";
import { startLocalConnector } from "../support/local-connector";
import {
  addPair,
  addPerson,
  addProgram,
  addSession,
  conversationOf,
  manualClock,
} from "../support/rhythm-fixtures";
import { startTeamsConnector, type TeamsConnector } from "../support/teams-connector";
import { startTestServer } from "../support/test-server";

type Line = Record<string, any>;

/** A logger that keeps its JSON lines, parsed. */
function capture() {
  const lines: Line[] = [];
  const logger = createLogger(
    "trace",
    new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString().split("\n")) if (l.trim()) lines.push(JSON.parse(l) as Line);
        done();
      },
    }),
  );
  return { lines, logger };
}

const fastTimer: RhythmOptions["timer"] = {
  nowMs: () => performance.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))),
};

describe("correlation ids", () => {
  let teams: TeamsConnector;
  beforeAll(async () => {
    teams = await startTeamsConnector();
  });
  afterAll(async () => {
    await teams.close();
  });

  it("a bot turn's lines share one correlation id, with its activity and tenant but no text", async () => {
    const connector = await startLocalConnector();
    const { lines, logger } = capture();
    const server = await startTestServer({ logger });
    try {
      const priya = botClient(() => server.url, connector, {
        tenantId: "contoso-demo",
        userId: "u-priya",
        name: "Priya Raman",
      });
      await priya.say("my actions");
      const turn = lines.find((l) => l.msg === "turn");
      expect(turn, JSON.stringify(lines)).toBeDefined();
      expect(turn).toMatchObject({
        activity: { type: "message" },
        tenantId: "contoso-demo",
        handler: "command",
        command: "my actions",
        outcome: "ok",
      });
      expect(turn!.activity.id).toEqual(expect.any(String));
      const same = lines.filter((l) => l.correlationId === turn!.correlationId);
      expect(same.map((l) => l.msg)).toEqual(expect.arrayContaining(["turn", "activity"]));
      expect(JSON.stringify(same)).not.toContain("Priya");
    } finally {
      await server.dispose();
      await connector.close();
    }
  });

  it("a reminder's lines carry its id and one send correlation id from claim to outcome, through a retry", async () => {
    const clock = manualClock("2026-03-03T10:00:00.000Z");
    const { lines, logger } = capture();
    const server = await startTestServer({
      seedDemo: false,
      clock,
      logger,
      rhythm: { chemistryCheck: undefined, owner: "a", timer: fastTimer },
    });
    try {
      const mentor = { userId: "corr-m", name: "Mentor Morgan", timeZone: "UTC" };
      const mentee = { userId: "corr-e", name: "Mentee Emery", timeZone: "UTC" };
      await addProgram(server.repos, "corr", { start: "2026-01-01", end: "2026-12-31" });
      await addPerson(server.repos, "corr", mentor, teams.serviceUrl);
      await addPerson(server.repos, "corr", mentee, teams.serviceUrl);
      await addPair(server.repos, "corr", {
        pairId: "corr-pair",
        mentor,
        mentee,
        createdAt: "2026-02-25T00:00:00.000Z",
        cadence: "monthly",
      });
      await addSession(server.repos, "corr", "corr-pair", "s1", "2026-03-03T08:00:00.000Z");
      teams.fail(conversationOf(mentee.userId), 1); // one 503, then sent
      await server.rhythm.runOnce();

      const claimed = lines.filter((l) => l.msg === "reminders claimed");
      expect(claimed.length, JSON.stringify(lines)).toBeGreaterThan(0);
      const retried = lines.find((l) => l.msg === "send retry");
      expect(retried, JSON.stringify(lines)).toBeDefined();
      const claim = claimed.find((l) => l.correlationId === retried!.correlationId)!;
      expect(claim.reminderIds[0]).toMatch(/^rem:/);
      const trail = lines.filter((l) => l.correlationId === claim.correlationId);
      expect(trail.map((l) => l.msg)).toEqual(["reminders claimed", "send retry", "send", "reminders sent"]);
      for (const l of trail) expect(l.reminderIds).toEqual(claim.reminderIds);
      expect(trail.find((l) => l.msg === "send")).toMatchObject({ outcome: "sent", tenantId: "corr" });
      const log = JSON.stringify(lines);
      for (const secret of ["Mentor Morgan", "Mentee Emery", "corr-pair", "corr-e", "rhythm:"])
        expect(log).not.toContain(secret);
    } finally {
      await server.dispose();
    }
  });
});
