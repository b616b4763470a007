import type { BotFeature } from "./turn";
import { greetingText, helpText } from "./help-text";

/** `help`, and the greeting when nobody else greets on install. */
export const helpFeature: BotFeature = {
  inGroup: { help: "anyone" },
  commands: {
    help: async (turn) => turn.send({ text: helpText(turn.conversationType) }),
  },
  onInstall: async (turn) => {
    await turn.send({ text: greetingText(turn.actor.displayName) });
    return true;
  },
};
