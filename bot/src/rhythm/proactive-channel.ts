import type { OutgoingMessage } from "../bot/turn";

/** Where a proactive message goes: a stored reference, or a new 1:1 chat with a known person. */
export type ProactiveTarget =
  | { kind: "reference"; reference: Record<string, unknown>; conversationId: string }
  | {
      kind: "create";
      tenantId: string;
      userId: string;
      serviceUrl: string;
      channelId: string;
      bot: { id: string; name?: string };
    };

export interface Delivery {
  activityId?: string;
  /** For a created chat: its reference, to be stored for next time. */
  reference?: Record<string, unknown>;
  conversationId?: string;
}

/**
 * A refusal from the channel: `status` is the HTTP status (0 for a network failure), `code` the
 * error code in Teams' answer (e.g. `ConversationBlockedByUser`, `ConversationNotFound`).
 */
export class ChannelError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
    readonly code?: string,
  ) {
    super(`channel answered ${status}${code ? ` (${code})` : ""}`);
    this.name = "ChannelError";
  }
}

/** The one thing the reliable sender needs from Teams; `teams-proactive-sender.ts` implements it with botbuilder. */
export interface ProactiveChannel {
  deliver(target: ProactiveTarget, message: OutgoingMessage): Promise<Delivery>;
}
