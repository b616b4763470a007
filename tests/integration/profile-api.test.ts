import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

describe("GET/PUT /api/me/profile", () => {
  it("returns the profile with its etag, the person's programs and their skills", async () => {
    const priya = await server.signIn("u-priya");
    const res = await server.call(priya, "GET", "/api/me/profile");
    expect(res.status).toBe(200);
    expect(res.body.etag).toEqual(expect.any(String));
    expect(res.body.profile).toMatchObject({
      userId: "u-priya",
      role: "Junior Cloud Engineer",
      status: "active",
    });
    expect(res.body.profile._etag).toBeUndefined();
    expect(res.body.programs[0]).toMatchObject({ programId: "it-knowledge-2026", joined: true });
    expect(res.body.programs[0].skills.length).toBeGreaterThan(10);
    expect(res.body.intakes).toEqual([]);
  });

  it("someone who never joined sees no profile and the open programs; PUT is a 404", async () => {
    const token = await server.signIn("u-newcomer");
    const res = await server.call(token, "GET", "/api/me/profile");
    expect(res.body).toMatchObject({ etag: null, profile: null });
    expect(res.body.programs[0]).toMatchObject({ programId: "it-knowledge-2026", joined: false });
    expect((await server.call(token, "PUT", "/api/me/profile", { etag: "x", role: "Analyst" })).status).toBe(
      404,
    );
  });

  it("answers bad input with a 400 naming the field, and writes nothing", async () => {
    const priya = await server.signIn("u-priya");
    const { body } = await server.call(priya, "GET", "/api/me/profile");
    const cases: [Record<string, unknown>, string][] = [
      [{ role: "x" }, "role"],
      [{ timeZone: "Mars/Base" }, "timeZone"],
      [{ mentorCapacity: 4 }, "mentorCapacity"],
      [{ learn: [{ skillId: "cooking", level: 2 }] }, "learn.0.skillId"],
      [{ learn: [{ skillId: "azure", level: 5 }] }, "learn.0.level"],
      [{ availability: [{ day: 1, startMinute: 600, endMinute: 540 }] }, "availability.0.endMinute"],
      [{ formats: ["group"] }, "formats"],
      [{ managerId: "u-priya" }, "managerId"],
      [{ status: "left" }, "body"],
      [{ learn: [], offer: [] }, "offer"],
    ];
    for (const [change, field] of cases) {
      const res = await server.call(priya, "PUT", "/api/me/profile", { etag: body.etag, ...change });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.field, JSON.stringify(change)).toBe(field);
    }
    expect(
      (await server.call(priya, "PUT", "/api/me/profile", { role: "Cloud engineer" })).body.error.field,
    ).toBe("etag");
    const after = await server.call(priya, "GET", "/api/me/profile");
    expect(after.body.etag).toBe(body.etag);
  });

  it("saves with the current etag, refuses a stale one with 412, and updates the enrolment", async () => {
    const priya = await server.signIn("u-priya");
    const { body } = await server.call(priya, "GET", "/api/me/profile");
    const saved = await server.call(priya, "PUT", "/api/me/profile", {
      etag: body.etag,
      role: "Cloud engineer",
      offer: [{ skillId: "terraform", level: 3 }],
      mentorCapacity: 1,
      managerId: "u-amara",
    });
    expect(saved.status).toBe(200);
    expect(saved.body.profile).toMatchObject({
      role: "Cloud engineer",
      mentorCapacity: 1,
      reportingLine: ["u-amara", "u-ines"],
    });
    expect(saved.body.etag).not.toBe(body.etag);
    const stale = await server.call(priya, "PUT", "/api/me/profile", {
      etag: body.etag,
      role: "Someone else",
    });
    expect(stale.status).toBe(412);
    expect((await server.call(priya, "GET", "/api/me/profile")).body.profile.role).toBe("Cloud engineer");
    expect(
      await server.repos.intake.getEnrolment("contoso-demo", "it-knowledge-2026", "u-priya"),
    ).toMatchObject({
      roles: ["mentor", "mentee"],
      offered: ["terraform"],
      capacity: 1,
    });
  });

  it("pause, resume and leave over the API", async () => {
    const tom = await server.signIn("u-tom");
    expect((await server.call(tom, "POST", "/api/me/pause", { until: "2020-01-01" })).body.error.field).toBe(
      "until",
    );
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const paused = await server.call(tom, "POST", "/api/me/pause", { until });
    expect(paused.body).toMatchObject({ status: "paused", pausedUntil: `${until}T00:00:00.000Z` });
    expect((await server.call(tom, "POST", "/api/me/resume")).body.status).toBe("active");
    const left = await server.call(tom, "POST", "/api/me/leave", { deleteProfile: true });
    expect(left.body).toMatchObject({ status: "left" });
    expect(left.body.message).toMatch(/deleted/);
    expect((await server.call(tom, "GET", "/api/me/profile")).body.profile).toBeNull();
    expect(
      (await server.repos.intake.getEnrolment("contoso-demo", "it-knowledge-2026", "u-tom"))?.status,
    ).toBe("left");
  });
});

describe("GET /api/programs/:programId/intake", () => {
  it("gives owners aggregated figures and everyone else a 404", async () => {
    const ines = await server.signIn("u-ines");
    const res = await server.call(ines, "GET", "/api/programs/it-knowledge-2026/intake");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      programId: "it-knowledge-2026",
      programName: "IT knowledge transfer 2026",
    });
    expect(res.body.started).toBe(res.body.inProgress + res.body.completed + res.body.paused + res.body.left);
    const azure = res.body.skills.find((s: { skillId: string }) => s.skillId === "azure");
    expect(azure).toMatchObject({ critical: true });
    expect(azure.mentors).toBeGreaterThan(0);
    expect(JSON.stringify(res.body)).not.toContain("u-priya");
    const oskar = await server.signIn("u-oskar");
    expect((await server.call(oskar, "GET", "/api/programs/it-knowledge-2026/intake")).status).toBe(404);
    expect((await server.call(ines, "GET", "/api/programs/nope/intake")).status).toBe(404);
    const other = await server.signIn("u-ines", "other-tenant");
    expect((await server.call(other, "GET", "/api/programs/it-knowledge-2026/intake")).status).toBe(404);
  });
});
