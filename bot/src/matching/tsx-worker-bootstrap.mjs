// Development only: a worker thread under tsx or vitest cannot load TypeScript by itself (Node 20
// ignores `--import tsx` for a worker's entry), so this registers tsx and then loads the real entry.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
