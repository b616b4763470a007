/** A monotonic clock and a sleep, injectable so tests never wait for real. */
export interface Timer {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  nowMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RateRule {
  key: string;
  limit: number;
  windowMs: number;
  /**
   * Spread sends evenly (at least this far apart) instead of in bursts: requests reach the server
   * with some jitter, and a burst at a window's edge would otherwise count twice in its window.
   */
  spacingMs?: number;
}

/**
 * Sliding-window limits (e.g. 7 per second per conversation, 50 per second per tenant). `acquire`
 * waits until every rule has room, then records the send in all of them at once.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();
  /** For spaced rules: the ideal time of the next send, so that timer lateness does not add up. */
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly timer: Timer = realTimer) {}

  async acquire(rules: readonly RateRule[]): Promise<void> {
    for (;;) {
      const now = this.timer.nowMs();
      let wait = 0;
      for (const rule of rules) {
        wait = Math.max(wait, (this.blockedUntil.get(rule.key) ?? 0) - now);
        const times = this.prune(rule, now);
        const slot = this.nextSlot.get(rule.key);
        if (rule.spacingMs && slot !== undefined) wait = Math.max(wait, slot - now);
        if (times.length >= rule.limit)
          wait = Math.max(wait, (times[times.length - rule.limit] ?? now) + rule.windowMs - now);
      }
      if (wait <= 0) {
        for (const rule of rules) {
          this.windows.get(rule.key)?.push(now);
          if (rule.spacingMs) {
            // Catch up at most one slot of lateness; never bank idle time as a burst.
            const slot = Math.max(this.nextSlot.get(rule.key) ?? now, now - rule.spacingMs);
            this.nextSlot.set(rule.key, slot + rule.spacingMs);
          }
        }
        return;
      }
      await this.timer.sleep(Math.ceil(wait));
    }
  }

  /** After a 429 with Retry-After: nobody sends on this key until then. */
  block(key: string, ms: number): void {
    const until = this.timer.nowMs() + ms;
    this.blockedUntil.set(key, Math.max(until, this.blockedUntil.get(key) ?? 0));
  }

  private prune(rule: RateRule, now: number): number[] {
    let times = this.windows.get(rule.key);
    if (!times) {
      times = [];
      this.windows.set(rule.key, times);
    }
    let drop = 0;
    while (drop < times.length && (times[drop] as number) <= now - rule.windowMs) drop++;
    if (drop > 0) times.splice(0, drop);
    if (times.length === 0 && this.windows.size > 10_000) this.windows.delete(rule.key);
    return times;
  }
}
