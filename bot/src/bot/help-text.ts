/** The commands Baton understands; the manifest's commandLists declare the same. */
export const commands = [
  ["help", "what I can do"],
  ["join", "join a mentoring program"],
  ["profile", "see or change your mentoring profile"],
  ["my actions", "your open action items"],
  ["log a session", "record a meeting with your mentor or mentee"],
  ["pause", "pause reminders and matching for a while"],
  ["resume", "come back from a pause"],
  ["leave", "leave the program"],
  ["programs", "the programs you run, with their status and console (program owners)"],
] as const;

export function helpText(): string {
  const lines = commands.map(([name, what]) => `- **${name}**: ${what}`);
  return ["Here is what you can ask me:", "", ...lines, "", "Your pair workspace is in the Baton tab."].join(
    "\n",
  );
}

export function greetingText(name: string): string {
  return `Hi ${name}, I'm Baton. I run your team's mentoring program: matching you with a mentor or mentee, keeping your agreement, goals and action items together, and reminding you when it's time to meet. Type **help** to see what I can do.`;
}
