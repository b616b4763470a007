import { describe, expect, it } from "vitest";
import { startTestServer } from "../support/test-server";

describe("local data survives a restart", () => {
  it("reloads what was written before the server stopped", async () => {
    const first = await startTestServer();
    const priya = await first.signIn("u-priya");
    const created = await first.call(priya, "POST", "/api/pairs/oskar-priya/action-items", {
      title: "Survive a restart",
      ownerId: "u-priya",
    });
    expect(created.status).toBe(201);
    await first.dispose(true);

    const second = await startTestServer({ dataDir: first.dataDir });
    try {
      const token = await second.signIn("u-priya");
      const view = await second.call(token, "GET", "/api/pairs/oskar-priya");
      const titles = view.body.actionItems.map((a: { title: string }) => a.title);
      expect(titles).toContain("Survive a restart");
      // The demo is seeded once: no duplicate pairs after the restart.
      const me = await second.call(token, "GET", "/api/me");
      expect(me.body.pairs).toHaveLength(1);
      // ETags from before the restart are stale now: the write is refused, not lost.
      const stale = await second.call(
        token,
        "PATCH",
        `/api/pairs/oskar-priya/action-items/${created.body.actionItemId}`,
        {
          etag: "stale-etag",
          done: true,
        },
      );
      expect(stale.status).toBe(412);
    } finally {
      await second.dispose();
    }
  });
});
