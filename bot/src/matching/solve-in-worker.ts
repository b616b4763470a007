import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { MatchingInput, MatchingOptions, MatchingResult } from "@baton/shared";
import type { MatchingReply } from "./matching-worker";

export type MatchingSolver = (input: MatchingInput, options: MatchingOptions) => Promise<MatchingResult>;

/**
 * Where the worker's code is: beside the bundle in production (`bot/dist/matching-worker.mjs`); under
 * tsx or vitest, the TypeScript entry, loaded through a small bootstrap that registers tsx first.
 */
export function workerEntry(from: string = import.meta.url): { url: URL; entry: string } {
  const bundled = new URL("./matching-worker.mjs", from);
  if (from.endsWith(".mjs") && existsSync(fileURLToPath(bundled)))
    return { url: bundled, entry: bundled.href };
  return {
    url: new URL("./tsx-worker-bootstrap.mjs", from),
    entry: new URL("./matching-worker.ts", from).href,
  };
}

/**
 * Solves in a fresh worker thread, so a big cohort never blocks the server's event loop. One
 * worker per run: runs are rare and a fresh heap returns its memory when done.
 */
export function solveInWorker(
  input: MatchingInput,
  options: MatchingOptions = {},
  timeoutMs = 120_000,
): Promise<MatchingResult> {
  const entry = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.url, {
      workerData: { input, options, entry: entry.entry },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`The matching run took longer than ${timeoutMs / 1000} s.`))),
      timeoutMs,
    );
    worker.once("message", (reply: MatchingReply) =>
      finish(() => (reply.ok ? resolve(reply.result) : reject(new Error(reply.message)))),
    );
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) =>
      finish(() => reject(new Error(`The matching worker stopped (exit code ${code}) before answering.`))),
    );
  });
}
