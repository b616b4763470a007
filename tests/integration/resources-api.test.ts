import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
const PROGRAM = "/api/programs/it-knowledge-2026";
const entry = {
  title: "Reading a packet capture",
  url: "https://learn.microsoft.com/troubleshoot/windows-client/networking/",
  kind: "doc",
  skillIds: ["networking"],
  level: "beginner",
  description: "Wireshark filters we use on the service desk.",
};

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

describe("resource library API", () => {
  it("owners and mentors add resources; mentees read; only https links; skills from the taxonomy", async () => {
    const [ines, oskar, priya] = await Promise.all(
      ["u-ines", "u-oskar", "u-priya"].map((u) => server.signIn(u)),
    );
    for (const url of [
      "http://example.com/a",
      "javascript:alert(1)",
      "ftp://x.org/f",
      "https://user:pw@x.org/",
    ]) {
      const res = await server.call(oskar, "POST", `${PROGRAM}/resources`, { ...entry, url });
      expect(res.status, url).toBe(400);
      expect(res.body.error).toMatchObject({ field: "url" });
      expect(res.body.error.message).toMatch(/only https:\/\/ links/);
    }
    const badSkill = await server.call(oskar, "POST", `${PROGRAM}/resources`, {
      ...entry,
      skillIds: ["cooking"],
    });
    expect(badSkill.body.error).toMatchObject({ field: "skillIds" });
    expect((await server.call(priya, "POST", `${PROGRAM}/resources`, entry)).status).toBe(403);

    const created = await server.call(oskar, "POST", `${PROGRAM}/resources`, entry);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...entry, createdBy: "u-oskar", type: "resource" });

    const library = await server.call(priya, "GET", `${PROGRAM}/resources`);
    expect(library.status).toBe(200);
    expect(library.body.resources[0].title).toBe(entry.title);
    expect(library.body.viewer).toMatchObject({ canAdd: false, isOwner: false });
    expect(library.body.playbook.markdown).toMatch(/# Welcome, mentor/);

    // Edits: the owner or whoever added it, with the ETag; a stale ETag is a 412.
    const path = `${PROGRAM}/resources/${created.body.resourceId}`;
    expect((await server.call(priya, "PUT", path, { ...entry, etag: created.body._etag })).status).toBe(403);
    const edited = await server.call(ines, "PUT", path, {
      ...entry,
      title: "Packet captures",
      etag: created.body._etag,
    });
    expect(edited.status).toBe(200);
    expect((await server.call(oskar, "PUT", path, { ...entry, etag: created.body._etag })).status).toBe(412);
    expect((await server.call(oskar, "DELETE", path)).status).toBe(200);
    expect((await server.call(oskar, "DELETE", path)).status).toBe(404);
  });

  it("only owners write the playbook; someone outside the program or tenant sees nothing", async () => {
    const [ines, oskar] = await Promise.all(["u-ines", "u-oskar"].map((u) => server.signIn(u)));
    const current = await server.call(ines, "GET", `${PROGRAM}/resources`);
    expect((await server.call(oskar, "PUT", `${PROGRAM}/playbook`, { markdown: "x" })).status).toBe(403);
    const saved = await server.call(ines, "PUT", `${PROGRAM}/playbook`, {
      markdown: "# New playbook",
      etag: current.body.playbook._etag,
    });
    expect(saved.status).toBe(200);
    const outsider = await server.signIn("u-priya", "fabrikam");
    expect((await server.call(outsider, "GET", `${PROGRAM}/resources`)).status).toBe(404);
  });

  it("the pair workspace gets the resources for the pair's skills and goals first; the playbook only for the mentor", async () => {
    const [priya, oskar] = await Promise.all(["u-priya", "u-oskar"].map((u) => server.signIn(u)));
    const mine = await server.call(priya, "GET", "/api/pairs/oskar-priya/resources");
    expect(mine.status).toBe(200);
    const forPair = mine.body.forPair.map((r: any) => r.title);
    expect(forPair).toContain("Firewall change runbook");
    expect(forPair).not.toContain("Incident response drill");
    expect(mine.body.playbook).toBeNull();
    const theirs = await server.call(oskar, "GET", "/api/pairs/oskar-priya/resources");
    expect(theirs.body.playbook.markdown).toBeTruthy();
    expect(theirs.body.canAdd).toBe(true);
    const marco = await server.signIn("u-marco");
    expect((await server.call(marco, "GET", "/api/pairs/oskar-priya/resources")).status).toBe(404);
  });
});
