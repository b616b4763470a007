import { describe, expect, it } from "vitest";
import { withTimeout } from "./with-timeout";

describe("withTimeout", () => {
  it("resolves with the value when in time", async () => {
    await expect(withTimeout(Promise.resolve(3), 50)).resolves.toBe(3);
  });

  it("rejects when the promise never settles", async () => {
    await expect(withTimeout(new Promise(() => {}), 10, "init")).rejects.toThrow(
      "init timed out after 10 ms",
    );
  });

  it("passes rejections through as errors", async () => {
    await expect(withTimeout(Promise.reject(new Error("no")), 50)).rejects.toThrow("no");
    await expect(withTimeout(Promise.reject("text"), 50)).rejects.toThrow("text");
  });
});
