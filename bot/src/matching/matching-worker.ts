/**
 * Worker-thread entry: solves one matching problem and posts the result back. Bundled as its own
 * file for production (scripts/build-server.mjs); run through tsx in development and tests.
 */
import { parentPort, workerData } from "node:worker_threads";
import {
  solveMatching,
  whyNot,
  type MatchingInput,
  type MatchingOptions,
  type WhyNotAnswer,
} from "@baton/shared";

export interface MatchingJob {
  input: MatchingInput;
  options: MatchingOptions;
  /** Also answer "why is this mentee not with this mentor?" against the result (and re-solve if exact). */
  whyNot?: { menteeId: string; mentorId: string; exact: boolean };
}

export type MatchingReply =
  | { ok: true; result: ReturnType<typeof solveMatching>; whyNot?: WhyNotAnswer }
  | { ok: false; message: string };

const job = workerData as MatchingJob;
let reply: MatchingReply;
try {
  const result = solveMatching(job.input, job.options);
  const ask = job.whyNot;
  reply = ask
    ? {
        ok: true,
        result,
        whyNot: whyNot(job.input, result, ask.menteeId, ask.mentorId, { exact: ask.exact }),
      }
    : { ok: true, result };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(reply);
