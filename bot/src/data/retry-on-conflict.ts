import { isConflict } from "./is-conflict";

export interface RetryOptions {
  /** Tries in all, the first included (default 25). */
  attempts?: number;
  /** The first wait's ceiling in ms; it doubles per try up to `maxDelayMs` (defaults 5 and 400). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** For tests: the jitter source (0 ≤ x < 1) and the wait. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a command's own read-modify-write again when its conditional write loses a race (a 412 on
 * the ETag it just read, or a 409 on a create someone else made first): `step` must read, decide and
 * write each time it is called. Between tries it waits a random time up to a ceiling that doubles
 * (5, 10, 20 … 400 ms: "full jitter"), so fifty people pressing at once spread out instead of
 * colliding again. After `attempts` tries the last conflict is thrown (HTTP 412, "reload").
 *
 * Only for commands that carry no ETag (pause, resume, mark done, answer a request, reminder
 * settings, join choices…): a request that carries an If-Match ETag was based on what its sender
 * saw, and a conflict there is the sender's to resolve, so it is never retried.
 */
export async function retryOnConflict<T>(
  step: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 25;
  const base = options.baseDelayMs ?? 5;
  const max = options.maxDelayMs ?? 400;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 0; ; attempt++) {
    try {
      return await step(attempt);
    } catch (error) {
      if (!isConflict(error) || attempt + 1 >= attempts) throw error;
      await sleep(Math.floor(random() * Math.min(max, base * 2 ** attempt)));
    }
  }
}
