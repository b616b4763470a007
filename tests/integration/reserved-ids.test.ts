import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let ines: string;

beforeAll(async () => {
  server = await startTestServer();
  // The program owner: every route she may call gets as far as its id checks.
  ines = await server.signIn("u-ines");
});
afterAll(() => server.dispose());

/** Sends the path exactly as written (fetch would normalise `%2E%2E` and `..`). */
function raw(method: string, path: string, token: string, body?: unknown) {
  const url = new URL(server.url);
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body !== undefined ? JSON.stringify(body) : undefined);
  });
}

/** Ids Cosmos DB refuses, the key separator, traversal, and other characters no Baton id has. */
const BAD_PATH_IDS = [
  "a%2Fb",
  "a%23b",
  "a%3Fb",
  "a%5Cb",
  "a%7Cb",
  "%2E%2E",
  "..",
  "a%00b",
  "a%0Ab",
  "%E0%A4%A",
];
const BAD_BODY_IDS = ["a/b", "a#b", "a?b", "a\\b", "a|b", "..", "a\u0000b"];
const SDK_TEXT = /cosmos|illegal|invalid character|Error:|at .*\.ts|ECONN|stack/i;

/** Every body field that names something by id, with a bad value in it. */
const bodyWithBadIds = (bad: string) => ({
  pairId: bad,
  programId: bad,
  mentorId: bad,
  menteeId: bad,
  menteeIds: [bad],
  sessionId: bad,
  milestoneId: bad,
  ownerId: bad,
  chatId: bad,
  title: "Something",
  text: "Something",
});

describe("ids with reserved characters, on every API route", () => {
  it("the server lists its API routes (at least the eleven pair routes and the rest)", () => {
    expect(server.apiRoutes.length).toBeGreaterThanOrEqual(25);
    expect(server.apiRoutes).toContainEqual({
      method: "PATCH",
      path: "/pairs/:pairId/action-items/:actionItemId",
    });
  });

  it("a bad path id is a 404 (or a 400 naming the field), never a 5xx or SDK text", async () => {
    const failures: string[] = [];
    const routes = server.apiRoutes.filter((r) => r.path.includes(":"));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const { method, path } of routes)
      for (const bad of BAD_PATH_IDS) {
        const url = "/api" + path.replace(/:[A-Za-z]+/g, bad);
        const { status, text } = await raw(method, url, ines, method === "GET" ? undefined : {});
        if (status >= 500 || SDK_TEXT.test(text) || ![400, 404].includes(status))
          failures.push(`${method} ${url} → ${status} ${text.slice(0, 120)}`);
      }
    expect(failures).toEqual([]);
  });

  it("a good path with bad ids in the body or query is a 400 or 404, never a 5xx or SDK text", async () => {
    const failures: string[] = [];
    for (const { method, path } of server.apiRoutes) {
      // Routes whose bodies name nothing by id (and would pause, leave or run matching for Ines).
      if (path.startsWith("/dev/") || path.startsWith("/me/") || path.endsWith("/matching/runs")) continue;
      const url =
        "/api" + path.replace(/:pairId/g, "oskar-priya").replace(/:programId/g, "it-knowledge-2026");
      for (const bad of BAD_BODY_IDS) {
        const q = `?programId=${encodeURIComponent(bad)}&menteeId=${encodeURIComponent(bad)}&mentorId=${encodeURIComponent(bad)}&skill=${encodeURIComponent(bad)}`;
        const { status, text } =
          method === "GET"
            ? await raw(method, url.replace(/:[A-Za-z]+/g, "x") + q, ines)
            : await raw(method, url.replace(/:[A-Za-z]+/g, "x"), ines, bodyWithBadIds(bad));
        if (status >= 500 || SDK_TEXT.test(text))
          failures.push(`${method} ${url} (${JSON.stringify(bad)}) → ${status} ${text.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("the issue's two cases answer 404", async () => {
    const priya = await server.signIn("u-priya");
    expect(
      (await raw("PATCH", "/api/pairs/oskar-priya/action-items/a%2Fb", priya, { done: true })).status,
    ).toBe(404);
    expect((await raw("GET", "/api/programs/a%23b/mentors", priya)).status).toBe(404);
  });
});

describe("headers on every response", () => {
  it.each([
    "/healthz",
    "/api/config",
    "/api/me",
    "/api/pairs/a%2Fb",
    "/api/nope",
    "/",
    "/tab/personal",
    "/api/messages",
  ])("%s carries nosniff and a Referrer-Policy", async (route) => {
    const res = await fetch(
      server.url + route,
      route === "/api/messages" ? { method: "POST", body: "{}" } : {},
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});
