import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error";
import { createApiClient, requestJson } from "./api-client";

interface Call {
  url: string;
  init: RequestInit;
}

function stubFetch(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return new Response(status === 204 ? null : text, { status });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createApiClient", () => {
  it("sends the bearer token and JSON body to the pair's path", async () => {
    const calls = stubFetch(200, { _etag: "e2" });
    const api = createApiClient({ getToken: async () => "tok" });
    await api.updateActionItem("p 1", "a1", { etag: "e1", done: true });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe("/api/pairs/p%201/action-items/a1");
    expect(call?.init.method).toBe("PATCH");
    const headers = call?.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe("Bearer tok");
    expect(headers["Content-Type"]).toBe("application/json");
    expect(JSON.parse(String(call?.init.body))).toEqual({ etag: "e1", done: true });
  });

  it("calls onUnauthorized on a 401 and still throws", async () => {
    stubFetch(401, { error: { code: "unauthorized", message: "expired" } });
    const onUnauthorized = vi.fn();
    const api = createApiClient({ getToken: async () => "tok", onUnauthorized });
    await expect(api.me()).rejects.toMatchObject({ kind: "unauthorized" });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("turns a stale etag into a conflict", async () => {
    stubFetch(412, { error: { code: "conflict", message: "changed" } });
    const api = createApiClient({ getToken: async () => "tok" });
    const error = await api.confirmAgreement("p1", "old").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe("conflict");
  });

  it("reports a failing token provider as unauthorized without calling the API", async () => {
    const calls = stubFetch(200, {});
    const api = createApiClient({
      getToken: async () => {
        throw new Error("consent required");
      },
    });
    await expect(api.me()).rejects.toMatchObject({ kind: "unauthorized", message: "consent required" });
    expect(calls).toHaveLength(0);
  });
});

describe("requestJson", () => {
  it("maps network failures", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(requestJson("/api/config")).rejects.toMatchObject({ kind: "network" });
  });

  it("returns undefined for an empty body and rejects unreadable JSON", async () => {
    stubFetch(204, "");
    await expect(requestJson("/x")).resolves.toBeUndefined();
    stubFetch(200, "not json");
    await expect(requestJson("/x")).rejects.toMatchObject({ code: "bad-json" });
  });
});
