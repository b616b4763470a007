import type { z } from "zod";

/** The first problem of a card's input, as a sentence to show above the form. */
export function problemText(error: z.ZodError): string {
  const message = error.issues[0]?.message ?? "something is missing";
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
