import type { Repositories } from "../data/repositories";
import type { PeopleDirectory } from "../programs/people-directory";
import type { Clock } from "../services/actor";
import { AuditLog } from "./audit-log";
import { ErasureService, type ErasureOptions } from "./erasure-service";
import type { ErasureDeps } from "./erasure-steps";
import { ExportService } from "./export-service";
import { myDataRoutes } from "./my-data-routes";
import { RetentionJob } from "./retention-job";

export interface MyDataOptions extends ErasureOptions {
  /** How often unfinished erasures are looked for (besides at start). Default 60 s. */
  resumeMs?: number;
  /** Resume at start and on a timer (default on; tests may drive `erasure.resumeAll()`). */
  autoStart?: boolean;
  /**
   * Run the retention job, then `alsoDaily`, a minute after start and then every `retentionMs`
   * (default off; tests call `retention.runOnce()`).
   */
  retentionAutoStart?: boolean;
  /** Default one day. */
  retentionMs?: number;
}

/** The My data slice, built once for the server: export, erasure job, audit log, routes and timers. */
export function createMyData(
  deps: Omit<ErasureDeps, "forget"> & {
    clock: Clock;
    people: PeopleDirectory;
    options?: MyDataOptions | undefined;
    log: (m: string) => void;
    /** Other daily work of other slices, run on the retention job's timer after it (each on its own). */
    alsoDaily?: readonly { name: string; run: () => Promise<unknown> }[];
  },
) {
  const { repos, clock, people, log } = deps;
  const options = deps.options ?? {};
  const erasure = new ErasureService(
    {
      repos: repos as Repositories,
      endPair: deps.endPair,
      tell: deps.tell,
      ...(deps.pairChanged ? { pairChanged: deps.pairChanged } : {}),
      forget: (tenantId, userId) => people.forget(tenantId, userId),
    },
    clock,
    options,
    log,
  );
  people.skipErased((tenantId, userId) => erasure.isForgotten(tenantId, userId));
  const exports = new ExportService(repos, clock);
  const audit = new AuditLog(repos.store, clock);
  const retention = new RetentionJob(repos, clock, log);
  const timers: NodeJS.Timeout[] = [];
  const retain = () => {
    void retention
      .runOnce()
      .catch((e: unknown) => log(`Retention failed (next run retries): ${e}`))
      .then(async () => {
        for (const job of deps.alsoDaily ?? [])
          await job.run().catch((e: unknown) => log(`${job.name} failed (next run retries): ${e}`));
      });
  };
  const resume = () => {
    erasure.resumeAll().catch((e: unknown) => log(`Resuming erasures failed: ${e}`));
  };
  return {
    erasure,
    exports,
    audit,
    retention,
    routes: () => myDataRoutes({ repos, exports, erasure, audit, retention }),
    start() {
      if (timers.length > 0) return;
      if (options.autoStart !== false) {
        resume();
        timers.push(setInterval(resume, options.resumeMs ?? 60_000));
      }
      if (options.retentionAutoStart) {
        timers.push(setTimeout(retain, 60_000), setInterval(retain, options.retentionMs ?? 24 * 3600_000));
      }
      for (const t of timers) t.unref();
    },
    stop() {
      for (const t of timers) clearInterval(t);
      timers.length = 0;
    },
  };
}
