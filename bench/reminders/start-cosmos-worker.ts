import { Worker } from "node:worker_threads";

/** Starts `cosmos-worker.ts` (through tsx) and resolves with its endpoint. */
export async function startCosmosWorker(): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const worker = new Worker(
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./cosmos-worker.ts", import.meta.url).href)}); });`,
    { eval: true },
  );
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    endpoint: `https://127.0.0.1:${port}`,
    stop: async () => {
      await worker.terminate();
    },
  };
}
