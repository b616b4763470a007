/**
 * Worker-thread entry: solves one matching problem and posts the result back. Bundled as its own
 * file for production (scripts/build-server.mjs); run through tsx in development and tests.
 */
import { parentPort, workerData } from "node:worker_threads";
import { solveMatching, type MatchingInput, type MatchingOptions } from "@baton/shared";

export interface MatchingJob {
  input: MatchingInput;
  options: MatchingOptions;
}

export type MatchingReply =
  { ok: true; result: ReturnType<typeof solveMatching> } | { ok: false; message: string };

const job = workerData as MatchingJob;
let reply: MatchingReply;
try {
  reply = { ok: true, result: solveMatching(job.input, job.options) };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(reply);
