import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

// Issue 9, item 13: a command that carries no ETag retries its own read-modify-write instead of
// failing with 412; a request that carries an ETag still gets 412 on a conflict.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

describe("commands without an ETag", () => {
  it("50 concurrent pause/resume requests all succeed and leave a consistent state", async () => {
    const token = await server.signIn("u-priya");
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        server.call(token, "POST", i % 2 ? "/api/me/resume" : "/api/me/pause", i % 2 ? undefined : {}),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const profile = (await server.call(token, "GET", "/api/me/profile")).body.profile;
    expect(["paused", "active"]).toContain(profile.status);
    // The enrolment is a projection of the profile: it ends in the same state.
    const enrolment = await server.repos.intake.getEnrolment("contoso-demo", "it-knowledge-2026", "u-priya");
    expect(enrolment?.status).toBe(profile.status === "paused" ? "paused" : "completed");
    // One more command settles it either way.
    expect((await server.call(token, "POST", "/api/me/resume")).body.status).toBe("active");
  }, 120_000);

  it("a request that carries an ETag still gets 412 on a conflict", async () => {
    const token = await server.signIn("u-oskar");
    const { body } = await server.call(token, "GET", "/api/me/profile");
    const first = await server.call(token, "PUT", "/api/me/profile", { etag: body.etag, team: "Network" });
    expect(first.status).toBe(200);
    const stale = await server.call(token, "PUT", "/api/me/profile", { etag: body.etag, team: "Cloud" });
    expect(stale.status).toBe(412);
  });
});
