import type { BotFeature, CardActionHandler, CommandHandler } from "./turn";

/** Finds the handler for a message or a card action across all registered features. */
export class FeatureRouter {
  private readonly commands = new Map<string, CommandHandler>();
  private readonly actions = new Map<string, CardActionHandler>();
  private readonly inGroup = new Map<string, "pair" | "anyone">();

  constructor(readonly features: readonly BotFeature[]) {
    for (const feature of features) {
      for (const [name, handler] of Object.entries(feature.commands ?? {})) {
        if (this.commands.has(name)) throw new Error(`Two features claim the command "${name}"`);
        this.commands.set(name, handler);
      }
      for (const [name, mode] of Object.entries(feature.inGroup ?? {})) this.inGroup.set(name, mode);
      for (const [verb, handler] of Object.entries(feature.cardActions ?? {})) {
        if (this.actions.has(verb)) throw new Error(`Two features claim the card verb "${verb}"`);
        this.actions.set(verb, handler);
      }
    }
  }

  /** The longest command the text starts with (on a word boundary), and the rest as arguments. */
  matchCommand(
    text: string,
    original: string,
  ): { name: string; handler: CommandHandler; args: string } | undefined {
    const names = [...this.commands.keys()].sort((a, b) => b.length - a.length);
    for (const name of names) {
      if (text === name || text.startsWith(`${name} `)) {
        const handler = this.commands.get(name) as CommandHandler;
        return { name, handler, args: original.slice(name.length).trim() };
      }
    }
    return undefined;
  }

  action(verb: string): CardActionHandler | undefined {
    return this.actions.get(verb);
  }

  /** How a command or verb may answer in a group chat or channel; undefined = only privately. */
  groupMode(name: string): "pair" | "anyone" | undefined {
    return this.inGroup.get(name);
  }

  commandNames(): string[] {
    return [...this.commands.keys()];
  }
}
