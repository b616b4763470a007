/** Exponential backoff with full jitter, and Retry-After parsing. Pure maths; the caller sleeps. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 250, maxMs: 30_000, maxAttempts: 6 };

/**
 * Delay before retry number `attempt` (0 for the first retry). With a Retry-After, never less than
 * it: the server's word wins, plus a little jitter so that many waiters do not return together.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt));
  const jittered = Math.floor(random() * ceiling);
  if (retryAfterMs !== undefined && retryAfterMs >= 0)
    return retryAfterMs + Math.floor(random() * Math.min(policy.baseMs, ceiling));
  return jittered;
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
