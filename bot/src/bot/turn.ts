import type { Actor } from "../services/actor";
import type { ClientInfo } from "./client-info";

/**
 * What a feature sees of a bot turn: our own types, no botbuilder. The edge (`baton-bot.ts`) builds
 * it from the authenticated activity; features (intake, rhythm, matching) work only with this.
 */
export interface OutgoingMessage {
  text?: string;
  /** An Adaptive Card (schema 1.5) as JSON. */
  card?: Record<string, unknown>;
}

/**
 * Whose content a turn may show. `personal`: a 1:1 chat with Baton (everything of the actor).
 * `pair`: a group chat or channel linked to a pair the actor is in (only that pair's content).
 * `unlinked`: a group chat or channel with no pair of the actor's linked to it (nothing personal).
 * Commands that are not declared for group use are answered in the actor's 1:1 chat instead.
 */
export type TurnScope =
  { kind: "personal" } | { kind: "pair"; pairId: string; memberIds: string[] } | { kind: "unlinked" };

export interface BotTurn {
  actor: Actor;
  conversationId: string;
  conversationType: "personal" | "groupChat" | "channel";
  scope: TurnScope;
  /** The message text without @mentions, trimmed, lower-cased. */
  text: string;
  /** What follows the matched command word(s), original case, trimmed. */
  args: string;
  /** The reader's Teams locale and time zone on this activity (dates in cards: `turnReader`). */
  client: ClientInfo;
  send(message: OutgoingMessage): Promise<void>;
}

export interface CardActionTurn extends BotTurn {
  verb: string;
  data: Record<string, unknown>;
}

/**
 * A card action answers with a card that replaces the one pressed, or with a short message.
 * `shared`: in a group chat, the card also replaces the message for everyone (not just the presser).
 */
export type CardActionResult = { card: Record<string, unknown>; shared?: boolean } | { message: string };

export type CommandHandler = (turn: BotTurn) => Promise<void>;
export type CardActionHandler = (turn: CardActionTurn) => Promise<CardActionResult>;

export interface BotFeature {
  /** Command words (lower case, e.g. "my actions") to handlers. */
  commands?: Record<string, CommandHandler>;
  /** Adaptive Card verbs (Action.Execute `verb`, or `data.verb` for Action.Submit) to handlers. */
  cardActions?: Record<string, CardActionHandler>;
  /**
   * Commands and verbs allowed to answer inside a group chat or channel: `pair` ones see only the
   * pair linked to that conversation (`turn.scope`), `anyone` ones show nothing personal. Everything
   * else is answered in the person's 1:1 chat ("I've answered you privately").
   */
  inGroup?: Record<string, "pair" | "anyone">;
  /** Runs when the app is installed for a person; the first feature that returns true has greeted. */
  onInstall?: (turn: BotTurn) => Promise<boolean>;
  /** Messaging-extension commands (composeExtension/* invokes). */
  messagingExtension?: MessagingExtensionHandlers;
}

/**
 * A messaging-extension invoke as features see it (no botbuilder): who asks, from which
 * conversation, for which command, with the query's parameters, the message acted on, or the
 * submitted dialog's data.
 */
export interface MeTurn {
  actor: Actor;
  conversationId: string;
  commandId: string;
  /** The reader's Teams locale and time zone on this invoke. */
  client: ClientInfo;
  /** Search parameters by name (e.g. `query`); empty for an initial run. */
  parameters: Record<string, string>;
  /** Teams asks for results before the person typed anything (`initialRun`). */
  initialRun: boolean;
  /** For message actions: the message's HTML body and author. */
  message?: { html: string; authorName: string };
  /** For submitAction: the dialog's inputs. */
  data?: Record<string, unknown>;
  /** For link unfurling: the pasted URL. */
  url?: string;
}

/** One search result: the card sent into the chat and the preview shown in the result list. */
export interface MeResultItem {
  card: Record<string, unknown>;
  preview: { title: string; subtitle?: string; text?: string };
}

/** What a messaging-extension handler answers; the edge turns it into Teams' invoke response. */
export type MeAnswer =
  | { kind: "results"; items: MeResultItem[] }
  | { kind: "message"; text: string }
  | { kind: "dialog"; title: string; card: Record<string, unknown> }
  | { kind: "dialog-message"; text: string };

export type MeHandler = (turn: MeTurn) => Promise<MeAnswer>;

/** Messaging-extension handlers by command id (and one for pasted links). */
export interface MessagingExtensionHandlers {
  query?: Record<string, MeHandler>;
  fetchTask?: Record<string, MeHandler>;
  submitAction?: Record<string, MeHandler>;
  queryLink?: MeHandler;
}
