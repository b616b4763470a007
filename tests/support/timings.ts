import { appendFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

const FILE = process.env.BATON_TEST_TIMINGS;

/**
 * Runs `work` and, when `BATON_TEST_TIMINGS=<file>` is set, appends one JSON line to that file:
 * `{ file, test, what, ms }` (wall milliseconds). Used to find where browser tests spend their time.
 */
export async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  if (!FILE) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    const ms = Math.round(performance.now() - started);
    let file = "";
    let test = "";
    try {
      const state = expect.getState();
      file = path.relative(process.cwd(), state.testPath ?? "");
      test = state.currentTestName ?? "";
    } catch {
      // outside a test
    }
    appendFileSync(FILE, JSON.stringify({ file, test, what, ms }) + "\n");
  }
}
