import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectCosmos, type CosmosConnection } from "../../bot/src/data/cosmos-connection";
import { DocumentStore } from "../../bot/src/data/document-store";
import { SharedTenantBudget } from "../../bot/src/rhythm/tenant-budget";
import { busiestWindow } from "../support/instances";

let cosmos: CosmosConnection;
let store: DocumentStore;

beforeAll(async () => {
  cosmos = await connectCosmos({ mode: "local", dataDir: "unused", database: "t", container: "c" });
  store = new DocumentStore(cosmos.container);
});
afterAll(() => cosmos.close());

/** A shared wall clock whose sleeps overshoot by 0–15 ms (a seeded sequence), as busy processes' timers do. */
function lateClock(seed: number) {
  let now = 1_800_000_000_000;
  let state = seed;
  const overshoot = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return (state / 2 ** 31) * 15;
  };
  return {
    epochMs: () => now,
    timer: {
      nowMs: () => now,
      sleep: async (ms: number) => {
        now += ms + overshoot();
      },
    },
  };
}

describe("SharedTenantBudget: one send schedule per tenant across instances (ADR 0024)", () => {
  it("keeps two instances' sends within the tenant's limit in every second, even with late timers", async () => {
    const clock = lateClock(7);
    const budget = (owner: string) =>
      new SharedTenantBudget(store, { owner, limit: 50, windowMs: 1000, ...clock });
    const instances = [budget("a"), budget("b")];
    const sentAt: number[] = [];
    for (let i = 0; i < 300; i++) {
      await instances[i % 2]!.acquire("late-timers");
      sentAt.push(clock.epochMs());
    }
    // Late sends must not bunch up with the ones after them: never 51 in any 1000 ms.
    expect(busiestWindow(sentAt)).toBeLessThanOrEqual(50);
    // Both instances reserved from the one schedule; the other's write is seen as a conflict and re-read.
    expect(instances.every((b) => b.stats.reservations > 0)).toBe(true);
    expect(instances.reduce((n, b) => n + b.stats.conflicts, 0)).toBeGreaterThan(0);
    // Still close to the limit: 300 sends in at most 300 spacings of 1000/49 ms plus the given-up slots.
    const late = instances.reduce((n, b) => n + b.stats.late, 0);
    expect(sentAt.at(-1)! - sentAt[0]!).toBeLessThanOrEqual((300 + late) * (1000 / 49) + 15);
  });

  it("refuses a limit it cannot keep", () => {
    expect(() => new SharedTenantBudget(store, { owner: "x", limit: 1, windowMs: 1000 })).toThrow(/limit/);
  });
});
