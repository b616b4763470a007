import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./backoff";

const policy = { baseMs: 100, maxMs: 2000, maxAttempts: 5 };

describe("backoff", () => {
  it("grows exponentially with full jitter, capped", () => {
    expect(backoffDelay(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.999)).toBe(799);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(1998);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });

  it("never waits less than Retry-After", () => {
    expect(backoffDelay(0, policy, () => 0, 1500)).toBe(1500);
    expect(backoffDelay(4, policy, () => 0.5, 1500)).toBe(1550);
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("2", 0)).toBe(2000);
    expect(parseRetryAfter("0.5", 0)).toBe(500);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:03 GMT", 1000)).toBe(2000);
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});
