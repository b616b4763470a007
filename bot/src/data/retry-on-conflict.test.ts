import { conflict, validationError } from "@baton/shared";
import { describe, expect, it } from "vitest";
import { retryOnConflict } from "./retry-on-conflict";

describe("retryOnConflict", () => {
  it("tries again after a conflict, with jittered waits that grow to a ceiling", async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryOnConflict(
      async () => {
        calls++;
        if (calls < 8) throw conflict();
        return "saved";
      },
      { random: () => 0.5, sleep: async (ms) => void waits.push(ms), baseDelayMs: 10, maxDelayMs: 200 },
    );
    expect(result).toBe("saved");
    expect(calls).toBe(8);
    expect(waits).toEqual([5, 10, 20, 40, 80, 100, 100]);
  });

  it("gives up after the attempts with the conflict, and never retries other errors", async () => {
    let calls = 0;
    const always = () => {
      calls++;
      return Promise.reject(conflict());
    };
    await expect(retryOnConflict(always, { attempts: 3, sleep: async () => {} })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(calls).toBe(3);
    calls = 0;
    const bad = () => {
      calls++;
      return Promise.reject(validationError("x", "x: bad"));
    };
    await expect(retryOnConflict(bad, { sleep: async () => {} })).rejects.toMatchObject({
      code: "validation",
    });
    expect(calls).toBe(1);
  });
});
