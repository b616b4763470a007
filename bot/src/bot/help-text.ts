import type { BotTurn } from "./turn";

/**
 * The commands Baton understands, and where they apply: "anywhere" commands also work in a pair's
 * group chat (about that pair); "personal" ones are about you alone and belong in your 1:1 chat with
 * Baton. The manifest's commandLists declare the same, per scope.
 */
export const commands = [
  ["help", "what I can do", "anywhere"],
  ["join", "join a mentoring program", "personal"],
  ["profile", "see or change your mentoring profile", "personal"],
  ["my actions", "your open action items", "anywhere"],
  ["log a session", "record a meeting with your mentor or mentee", "anywhere"],
  ["pause", "pause reminders and matching for a while", "personal"],
  ["resume", "come back from a pause", "personal"],
  ["leave", "leave the program", "personal"],
  ["my data", "see, download or erase what Baton holds about you", "personal"],
  ["programs", "the programs you run, with their status and console (program owners)", "personal"],
] as const;

const GROUP_WORDS: Partial<Record<(typeof commands)[number][0], string>> = {
  help: "what I can do in this chat",
  "my actions": "this pair's open action items",
  "log a session": "record the meeting you just had as a pair",
};

/** The commands that apply in a kind of conversation. */
export function commandsFor(where: BotTurn["conversationType"]) {
  return where === "personal" ? [...commands] : commands.filter(([, , scope]) => scope === "anywhere");
}

export function helpText(where: BotTurn["conversationType"] = "personal"): string {
  if (where === "personal") {
    const lines = commands.map(([name, what]) => `- **${name}**: ${what}`);
    return [
      "Here is what you can ask me:",
      "",
      ...lines,
      "",
      "Your pair workspace is in the Baton tab.",
    ].join("\n");
  }
  const lines = commandsFor(where).map(([name, what]) => `- **${name}**: ${GROUP_WORDS[name] ?? what}`);
  return [
    "Here is what you can ask me in this chat:",
    "",
    ...lines,
    "",
    "Your own profile, a pause or leaving are between you and me: message me in our private chat.",
  ].join("\n");
}

export function greetingText(name: string): string {
  return `Hi ${name}, I'm Baton. I run your team's mentoring program: matching you with a mentor or mentee, keeping your agreement, goals and action items together, and reminding you when it's time to meet. Type **help** to see what I can do.`;
}
