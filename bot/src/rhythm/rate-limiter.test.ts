import { describe, expect, it } from "vitest";
import { RateLimiter, type Timer } from "./rate-limiter";

/** A timer whose sleeps advance a fake clock. */
function fakeTimer(): Timer & { t: number } {
  const timer = {
    t: 0,
    nowMs: () => timer.t,
    sleep: async (ms: number) => {
      timer.t += ms;
    },
  };
  return timer;
}

describe("rate limiter", () => {
  it("never lets more than the limit through in any window", async () => {
    const timer = fakeTimer();
    const limiter = new RateLimiter(timer);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      await limiter.acquire([{ key: "c", limit: 7, windowMs: 1000 }]);
      times.push(timer.t);
    }
    for (let i = 7; i < times.length; i++) expect(times[i]! - times[i - 7]!).toBeGreaterThanOrEqual(1000);
  });

  it("spreads a tenant's sends evenly, and a block (Retry-After) holds everyone on that key", async () => {
    const timer = fakeTimer();
    const limiter = new RateLimiter(timer);
    const rule = { key: "t", limit: 48, windowMs: 1000, spacingMs: 1000 / 48 };
    for (let i = 0; i < 96; i++) await limiter.acquire([rule]);
    expect(timer.t).toBeGreaterThanOrEqual(95 * (1000 / 48) - 1);
    limiter.block("t", 5000);
    const before = timer.t;
    await limiter.acquire([rule]);
    expect(timer.t - before).toBeGreaterThanOrEqual(5000);
  });
});
