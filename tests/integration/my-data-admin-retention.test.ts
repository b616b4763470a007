import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProgramDocument } from "@baton/shared";
import { manualClock } from "../support/rhythm-fixtures";
import { startTestServer, type TestServer } from "../support/test-server";

/** Issue 15: admin export/erase on behalf (authorization and audit log), and retention with a fake clock. */
const TENANT = "contoso-demo";
const PROGRAM = "it-knowledge-2026";
const DAY = 24 * 3600_000;
const T0 = "2026-03-10T10:00:00.000Z";
const clock = manualClock(T0);
const at = (days: number) => new Date(Date.parse(T0) + days * DAY).toISOString();
let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ clock, myData: { autoStart: false } });
  for (const id of ["u-ines", "u-lucia", "u-priya", "u-elif"]) tokens[id] = await server.signIn(id, TENANT);
  tokens.stranger = await server.signIn("u-ines", "fabrikam");
});
afterAll(async () => {
  await server.dispose();
});

describe("admins act on behalf of a person; everyone else meets a 404", () => {
  it("lets only the tenant's Baton admin export or erase for someone, and logs who, what and when", async () => {
    for (const who of ["u-lucia", "u-priya", "stranger"]) {
      expect((await server.call(tokens[who], "GET", "/api/admin/people/u-elif/export")).status, who).toBe(
        404,
      );
      const erase = await server.call(tokens[who], "POST", "/api/admin/people/u-elif/erase", {
        confirm: "erase my data",
      });
      expect(erase.status, who).toBe(404);
      expect((await server.call(tokens[who], "GET", "/api/admin/audit")).status, who).toBe(404);
    }
    const exported = await server.call(tokens["u-ines"], "GET", "/api/admin/people/u-elif/export");
    expect(exported.status).toBe(200);
    expect(exported.body.person.userId).toBe("u-elif");
    expect(exported.body.profile.userId).toBe("u-elif");
    const wrong = await server.call(tokens["u-ines"], "POST", "/api/admin/people/u-ravi/erase", {
      confirm: "ok",
    });
    expect([wrong.status, wrong.body.error.field]).toEqual([400, "confirm"]);
    const erased = await server.call(tokens["u-ines"], "POST", "/api/admin/people/u-ravi/erase", {
      confirm: "erase my data",
    });
    expect([200, 202]).toContain(erased.status);
    await server.myData.erasure.resumeAll();
    for (let i = 0; i < 100 && (await server.myData.erasure.read(TENANT, "u-ravi"))?.status !== "done"; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect((await server.myData.erasure.read(TENANT, "u-ravi"))?.status).toBe("done");
    expect((await server.myData.erasure.read(TENANT, "u-ravi"))?.names).toEqual([]);

    const audit = await server.call(tokens["u-ines"], "GET", "/api/admin/audit");
    expect(audit.status).toBe(200);
    const entries = audit.body.entries as {
      actorId: string;
      action: string;
      subjectId: string;
      at: string;
    }[];
    expect(entries.find((e) => e.action === "export")).toMatchObject({
      actorId: "u-ines",
      subjectId: "u-elif",
    });
    const erase = entries.find((e) => e.action === "erase")!;
    expect(erase.actorId).toBe("u-ines");
    // The erased person's id is gone from the log too (replaced by their pseudonym); never any content.
    expect(erase.subjectId).toMatch(/^former-/);
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(["action", "actorId", "at", "subjectId"]);
    expect(JSON.stringify(audit.body)).not.toMatch(/u-ravi|Ravi Shankar|Elif Demir/);
  });
});

describe("retention", () => {
  it(
    "erases a closed program's personal data after its retention months and purges 90-day-old records",
    { timeout: 120_000 },
    async () => {
      const { store } = server.repos;
      const tenantPk = `t:${TENANT}`;
      const program = (await server.repos.programs.get(TENANT, PROGRAM)) as ProgramDocument;
      const view = await server.call(tokens["u-ines"], "GET", `/api/programs/${PROGRAM}/retention`);
      expect(view.body).toMatchObject({ dueAt: null, retentionMonths: 12 });
      expect(view.body.line).toMatch(/12 months after the program closes/);
      expect((await server.call(tokens["u-priya"], "GET", `/api/programs/${PROGRAM}/retention`)).status).toBe(
        404,
      );
      await server.repos.programs.replace(
        { ...program, status: "closed", closedAt: at(-40), retentionMonths: 1 },
        program._etag ?? "",
      );
      const due = await server.call(tokens["u-ines"], "GET", `/api/programs/${PROGRAM}/retention`);
      // Closed on 29 January with one month: due on the last day of February.
      expect(due.body.dueAt).toBe("2026-02-28T10:00:00.000Z");
      expect(due.body.line).toContain("will be erased on 2026-02-28");

      // Send records and due reminders: one 92 days old, one recent.
      const userPk = `t:${TENANT}|user:u-priya`;
      const record = (id: string, updatedAt: string) => ({
        id,
        pk: userPk,
        tenantId: TENANT,
        type: "sendRecord",
        userId: "u-priya",
        idempotencyKey: id,
        state: "sent",
        owner: "test",
        leaseUntil: updatedAt,
        attempts: 1,
        updatedAt,
      });
      await store.upsert(record("sent:old", at(0)));
      await store.upsert(record("sent:new", at(80)));
      const reminder = (hour: string) => ({
        id: `r-${hour}`,
        pk: `t:${TENANT}|due:${hour}`,
        tenantId: TENANT,
        type: "reminder",
        recipientId: "u-elif",
      });
      const oldHour = at(1).slice(0, 13);
      const newHour = at(50).slice(0, 13);
      await store.upsert(reminder(oldHour));
      await store.upsert(reminder(newHour));
      const before = await server.call(tokens["u-ines"], "GET", `/api/programs/${PROGRAM}/dashboard`);
      expect(before.status).toBe(200);

      // Buckets are purged from where the last run stopped (here: the day of the old reminder).
      await store.upsert({
        id: "retention-cursor",
        pk: `t:${TENANT}|erasures`,
        tenantId: TENANT,
        type: "retentionCursor",
        purgedBefore: at(0),
      });
      clock.set(at(92));
      const done = await server.myData.retention.runOnce();
      expect(done.programs).toBe(1);

      expect((await server.call(tokens["u-priya"], "GET", "/api/pairs/oskar-priya")).status).toBe(404);
      const me = await server.call(tokens["u-priya"], "GET", "/api/me");
      expect(JSON.stringify(me.body.pairs ?? [])).not.toContain("oskar-priya");
      expect(await store.read(TENANT, `t:${TENANT}|program:${PROGRAM}`, "enrolment:u-priya")).toBeUndefined();
      // The profile stays (it is the person's, across programs) but no longer lists the erased program.
      for (const userId of ["u-priya", "u-oskar"]) {
        const profile = await server.repos.people.getProfile(TENANT, userId);
        expect(profile?.programIds ?? [], userId).not.toContain(PROGRAM);
      }
      expect(await store.queryPartition(TENANT, `t:${TENANT}|pair:oskar-priya`)).toEqual([]);
      const digests = await store.queryPartition<{
        menteeId: string;
        id: string;
        pk: string;
        tenantId: string;
        type: string;
      }>(TENANT, `t:${TENANT}|program:${PROGRAM}`, "c.type = 'dashboardPair'");
      expect(digests.length).toBeGreaterThan(0);
      for (const d of digests) expect(d.menteeId).toMatch(/^former-/);
      // Anonymous figures stay; owners see when it happened.
      expect((await server.call(tokens["u-ines"], "GET", `/api/programs/${PROGRAM}/dashboard`)).status).toBe(
        200,
      );
      const after = await server.call(tokens["u-ines"], "GET", `/api/programs/${PROGRAM}/retention`);
      expect(after.body.erasedAt).toBe(at(92));
      expect(after.body.line).toContain("was erased on");
      expect(await store.read(TENANT, tenantPk, `program:${PROGRAM}`)).toBeDefined();

      expect(await store.read(TENANT, userPk, "sent:old")).toBeUndefined();
      expect(await store.read(TENANT, userPk, "sent:new")).toBeDefined();
      expect(await store.read(TENANT, `t:${TENANT}|due:${oldHour}`, `r-${oldHour}`)).toBeUndefined();
      expect(await store.read(TENANT, `t:${TENANT}|due:${newHour}`, `r-${newHour}`)).toBeDefined();
      // Once: a second run finds nothing more to do.
      expect((await server.myData.retention.runOnce()).programs).toBe(0);
    },
  );
});
