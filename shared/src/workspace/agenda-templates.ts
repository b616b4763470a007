import type { AgendaItem, AgendaTemplateKind } from "../domain/session";

/** Default agendas; a program can replace them. Wording is ours. */
export const defaultAgendaTemplates: Record<AgendaTemplateKind, AgendaItem[]> = {
  first: [
    { heading: "Get to know each other", prompt: "Background, current work, what brought each of you here." },
    { heading: "Hopes for the program", prompt: "What would make the next months worth it for the mentee?" },
    {
      heading: "How we work",
      prompt: "Walk through the agreement: rhythm, channels, what stays between you.",
    },
    { heading: "First goal", prompt: "Pick one goal and the first small step before next time." },
  ],
  regular: [
    { heading: "Since last time", prompt: "Progress on action items; anything that got in the way." },
    { heading: "Topic of the day", prompt: "The question, problem or skill the mentee brought." },
    { heading: "Next steps", prompt: "One or two action items, each with an owner and a date." },
  ],
  midpoint: [
    { heading: "Goal review", prompt: "Where each goal stands against its milestones." },
    { heading: "What is working", prompt: "Keep doing: formats, topics, rhythm." },
    { heading: "What to change", prompt: "Adjust goals, cadence or the agreement if needed." },
    { heading: "Plan for the second half", prompt: "The milestones to reach before the final session." },
  ],
  final: [
    { heading: "Goal review", prompt: "What was reached, what was not, and why." },
    { heading: "Challenges", prompt: "What was hard, and what helped." },
    { heading: "Action plan", prompt: "What the mentee carries on alone from here." },
    { heading: "Reflection", prompt: "Lessons for both of you; continue informally or close." },
  ],
};
