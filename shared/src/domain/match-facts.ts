import { z } from "zod";
import { userText } from "./common";

/**
 * What is true of one matched pair, kept with the pair so every reader (owner, mentee, mentor) gets
 * words about it from the same facts, and no sentence promises what the pair does not have.
 */
export const matchFacts = z.object({
  /** Skill names the mentor offers and the mentee wants (empty when an owner forced the pair). */
  skills: z.array(userText(120)).max(50).default([]),
  /** Every covered skill is offered at the level the mentee aims for or above. */
  levelMet: z.boolean().default(false),
  /** Shared goal words, spelt as people wrote them. */
  goals: z.array(userText(80)).max(20).default([]),
  styles: z.array(userText(40)).max(10).default([]),
  /** At most the minutes of a week. */
  overlapMinutesPerWeek: z.number().int().min(0).max(10080).default(0),
  /** At most a day (time zones differ by at most 26 hours; 1,560 minutes). */
  timezoneDifferenceMinutes: z.number().int().min(0).max(1560).default(0),
  sameTeam: z.boolean().default(false),
  /** The team part's raw value (0–100): above 50 means someone's team preference is met. */
  teamRaw: z.number().min(0).max(100).default(50),
  /** Parts that scored, strongest first. */
  order: z
    .array(z.enum(["skill", "goal", "availability", "timezone", "style", "team"]))
    .max(6)
    .default([]),
});
export type MatchFacts = z.infer<typeof matchFacts>;
