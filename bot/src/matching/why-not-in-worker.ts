import { Worker } from "node:worker_threads";
import type { MatchingInput, WhyNotAnswer } from "@baton/shared";
import type { MatchingJob, MatchingReply } from "./matching-worker";
import { workerEntry } from "./solve-in-worker";

export type WhyNotSolver = (
  input: MatchingInput,
  question: { menteeId: string; mentorId: string; exact: boolean },
) => Promise<WhyNotAnswer>;

/**
 * Solves the cohort in a worker thread (certify, so the duals are optimal) and answers "why not
 * this mentor?" there too, so an exact re-solve never blocks the server's event loop either.
 */
export const whyNotInWorker: WhyNotSolver = (input, question, timeoutMs = 120_000) => {
  const entry = workerEntry();
  const job: MatchingJob = { input, options: { mode: "certify" }, whyNot: question };
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.url, {
      workerData: { ...job, entry: entry.entry },
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
      () => finish(() => reject(new Error(`Explaining the match took longer than ${timeoutMs / 1000} s.`))),
      timeoutMs,
    );
    worker.once("message", (reply: MatchingReply) =>
      finish(() => {
        if (!reply.ok) reject(new Error(reply.message));
        else if (!reply.whyNot) reject(new Error("The matching worker did not answer the question."));
        else resolve(reply.whyNot);
      }),
    );
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) =>
      finish(() => reject(new Error(`The matching worker stopped (exit code ${code}) before answering.`))),
    );
  });
};
