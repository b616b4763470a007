import type { OutgoingMessage } from "./turn";

/**
 * Sends a message to a person outside a turn (reminders, introductions, check-ins). Implementations
 * throttle to Teams' limits, retry 429/5xx, mark blocked references on 403, and never send the same
 * idempotency key twice.
 */
export interface ProactiveMessage {
  tenantId: string;
  userId: string;
  message: OutgoingMessage;
  /** One key per intended message, e.g. `intro:{pairId}:{userId}`; a repeat send is a no-op. */
  idempotencyKey: string;
  /**
   * Post into this group chat or channel instead of the person's 1:1 chat; `userId` is then who
   * asked for the post (its ledger entry lives with them).
   */
  conversation?: { conversationId: string; reference: Record<string, unknown> };
}

/**
 * `failed`: the channel refused this message for good (e.g. 400 or 404); nothing was sent and
 * retrying will not help. Senders never throw for a refusal: callers decide what the person sees.
 * `deferred`: not sent now (still throttled after every retry, or another instance is sending the
 * same key right now); the caller keeps the work and tries again later.
 */
export type ProactiveOutcome = "sent" | "duplicate" | "blocked" | "no-reference" | "deferred" | "failed";

export interface ProactiveSender {
  send(message: ProactiveMessage): Promise<ProactiveOutcome>;
}
