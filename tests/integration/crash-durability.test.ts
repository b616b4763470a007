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
  return { status: res.status, body: (await res.json()) as any };
}

async function signIn(url: string, userId: string): Promise<string> {
  const res = await call(url, undefined, "POST", "/api/dev/signin", { userId });
  return res.body.token as string;
}

describe("acknowledged writes survive a crash of the local server", () => {
  const servers: ChildServer[] = [];
  let dataDir = "";
  afterAll(async () => {
    for (const s of servers) await s.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(
    "keeps an action item answered with 201 when the process is killed with SIGKILL a second later",
    { timeout: 120_000 },
    async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "baton-crash-"));
      const first = await startChildServer(dataDir);
      servers.push(first);
      const token = await signIn(first.url, "u-priya");
      const titles = ["Survive kill -9 (one)", "Survive kill -9 (two)", "Survive kill -9 (three)"];
      const created = await Promise.all(
        titles.map((title) =>
          call(first.url, token, "POST", "/api/pairs/oskar-priya/action-items", {
            title,
            ownerId: "u-priya",
          }),
        ),
      );
      expect(created.map((c) => c.status)).toEqual([201, 201, 201]);
      const done = await call(
        first.url,
        token,
        "PATCH",
        `/api/pairs/oskar-priya/action-items/${created[0]!.body.actionItemId}`,
        {
          etag: created[0]!.body._etag,
          done: true,
        },
      );
      expect(done.status).toBe(200);
      await new Promise((r) => setTimeout(r, 1000));
      await first.crash();

      const second = await startChildServer(dataDir);
      servers.push(second);
      const again = await signIn(second.url, "u-priya");
      const view = await call(second.url, again, "GET", "/api/pairs/oskar-priya");
      const items = view.body.actionItems as { title: string; done: boolean }[];
      for (const title of titles) expect(items.map((a) => a.title)).toContain(title);
      expect(items.find((a) => a.title === titles[0])?.done).toBe(true);
      // Seeded once: the demo pair is not duplicated by a second seeding.
      const me = await call(second.url, again, "GET", "/api/me");
      expect(me.body.pairs).toHaveLength(1);
    },
  );
});
