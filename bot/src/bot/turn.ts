import type { Actor } from "../services/actor";

/**
 * What a feature sees of a bot turn: our own types, no botbuilder. The edge (`baton-bot.ts`) builds
 * it from the authenticated activity; features (intake, rhythm, matching) work only with this.
 */
export interface OutgoingMessage {
  text?: string;
  /** An Adaptive Card (schema 1.5) as JSON. */
  card?: Record<string, unknown>;
}

export interface BotTurn {
  actor: Actor;
  conversationId: string;
  conversationType: "personal" | "groupChat" | "channel";
  /** The message text without @mentions, trimmed, lower-cased. */
  text: string;
  /** What follows the matched command word(s), original case, trimmed. */
  args: string;
  send(message: OutgoingMessage): Promise<void>;
}

export interface CardActionTurn extends BotTurn {
  verb: string;
  data: Record<string, unknown>;
}

/** A card action answers with a card that replaces the one pressed, or with a short message. */
export type CardActionResult = { card: Record<string, unknown> } | { message: string };

export type CommandHandler = (turn: BotTurn) => Promise<void>;
export type CardActionHandler = (turn: CardActionTurn) => Promise<CardActionResult>;

export interface BotFeature {
  /** Command words (lower case, e.g. "my actions") to handlers. */
  commands?: Record<string, CommandHandler>;
  /** Adaptive Card verbs (Action.Execute `verb`, or `data.verb` for Action.Submit) to handlers. */
  cardActions?: Record<string, CardActionHandler>;
  /** Runs when the app is installed for a person; the first feature that returns true has greeted. */
  onInstall?: (turn: BotTurn) => Promise<boolean>;
}
