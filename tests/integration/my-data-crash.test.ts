import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startChildServer, type ChildServer } from "../support/child-server";

async function call(url: string, token: string | undefined, method: string, route: string, body?: unknown) {
  const res = await fetch(url + route, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined, text };
}

async function signIn(url: string, userId: string): Promise<string> {
  return (await call(url, undefined, "POST", "/api/dev/signin", { userId })).body.token as string;
}

/** Issue 15: an erasure killed half-way (kill -9 of the real server process) is finished by the restart. */
describe("an erasure survives a crash half-way", () => {
  const servers: ChildServer[] = [];
  let dataDir = "";
  afterAll(async () => {
    for (const s of servers) await s.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("is finished by the next server after SIGKILL mid-way", { timeout: 400_000 }, async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "baton-erasure-crash-"));
    const lease = { BATON_ERASURE_LEASE_MS: "1000" };
    const first = await startChildServer(dataDir, { ...lease, BATON_TEST_ERASURE_HALT_AFTER: "pairs" });
    servers.push(first);
    const oskar = await signIn(first.url, "u-oskar");
    const started = await call(first.url, oskar, "POST", "/api/me/erase", { confirm: "erase my data" });
    expect(started.status).toBe(202);
    const midway = await call(first.url, oskar, "GET", "/api/me/erase");
    expect(midway.body).toMatchObject({ status: "running", stepsDone: 1 });
    // Half-way: the pair has ended and is pseudonymised, his profile and directory entry are still there.
    const priya1 = await signIn(first.url, "u-priya");
    expect((await call(first.url, priya1, "GET", "/api/pairs/oskar-priya")).text).not.toContain(
      "Oskar Lindqvist",
    );
    expect((await call(first.url, oskar, "GET", "/api/me/profile")).status).toBe(200);
    await first.crash();

    const second = await startChildServer(dataDir, lease);
    servers.push(second);
    const oskar2 = await signIn(second.url, "u-oskar");
    let state = await call(second.url, oskar2, "GET", "/api/me/erase");
    for (let i = 0; i < 150 && state.body?.status !== "done"; i++) {
      await new Promise((r) => setTimeout(r, 200));
      state = await call(second.url, oskar2, "GET", "/api/me/erase");
    }
    expect(state.body).toMatchObject({ status: "done", stepsDone: 6 });
    expect((await call(second.url, oskar2, "GET", "/api/me/profile")).status).toBe(404);
    const ines = await signIn(second.url, "u-ines");
    const people = await call(second.url, ines, "GET", "/api/people?q=oskar");
    expect(people.text).not.toMatch(/Oskar Lindqvist|u-oskar/);
    const priya = await signIn(second.url, "u-priya");
    const me = await call(second.url, priya, "GET", "/api/me");
    expect(me.text).not.toMatch(/Oskar Lindqvist|u-oskar/);
    const mentors = await call(second.url, priya, "GET", "/api/programs/it-knowledge-2026/mentors");
    expect(mentors.status).toBe(200);
    expect(mentors.text).not.toMatch(/Oskar Lindqvist|u-oskar/);
  });
});
