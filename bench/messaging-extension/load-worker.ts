/**
 * The bench's Teams stand-in, in a worker thread so that sending and reading the invokes does not
 * share the bot's event loop: `concurrency` loops POST composeExtension/query invokes to the bot
 * until `total` are done, and report each one's latency.
 */
import { parentPort, workerData } from "node:worker_threads";
import { meInvoke, searchValue } from "../../tests/support/me-invoke";
import { QUERIES, TENANT } from "./generate";

const { url, total, concurrency, callers } = workerData as {
  url: string;
  total: number;
  concurrency: number;
  callers: string[];
};

/** The n-th invoke of the mix: two thirds findMentor, one third findResource, one in ten an initial run. */
export function invoke(n: number) {
  const caller = callers[n % callers.length] as string;
  const commandId = n % 3 === 2 ? "findResource" : "findMentor";
  const q = n % 10 === 0 ? undefined : QUERIES[n % QUERIES.length];
  return meInvoke(url, "https://bench.invalid", "composeExtension/query", searchValue(commandId, q), {
    tenantId: TENANT,
    userId: caller,
    name: caller,
  });
}

const times: number[] = [];
let next = 0;
let results = 0;
let failures = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const n = next++;
      const start = performance.now();
      const { status, body } = await invoke(n);
      times.push(performance.now() - start);
      if (status !== 200) failures++;
      else if (body?.composeExtension?.type === "result") results++;
    }
  }),
);
parentPort?.postMessage({ times, results, failures });
