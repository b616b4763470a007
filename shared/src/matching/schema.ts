import { z } from "zod";
import { MATCHING_STYLES } from "./types";
import type { MatchingInput, ScoreWeights } from "./types";

export const DEFAULT_WEIGHTS: ScoreWeights = {
  skill: 4,
  goal: 2,
  availability: 2,
  timezone: 1,
  style: 1,
  team: 1,
};

const id = z.string().min(1).max(200);
const weight = z.number().int().min(0).max(1000);
const claim = z.object({ skill: z.number().int().min(0).max(4095), level: z.number().int().min(1).max(4) });
const slot = z
  .object({
    day: z.number().int().min(0).max(6),
    startMinute: z.number().int().min(0).max(1440),
    endMinute: z.number().int().min(0).max(1440),
  })
  .refine((s) => s.endMinute > s.startMinute, { message: "a slot must end after it starts" });
const pair = z.object({ menteeId: id, mentorId: id });

const participant = z.object({
  id,
  roles: z.array(z.enum(["mentee", "mentor"])).max(2),
  team: z.string().max(200),
  reportingLine: z.array(id).max(50),
  learn: z.array(claim).max(50),
  offer: z.array(claim).max(50),
  goals: z.array(z.string().max(200)).max(50),
  availability: z.array(slot).max(100),
  utcOffsetMinutes: z
    .number()
    .int()
    .min(-14 * 60)
    .max(14 * 60),
  styles: z.array(z.enum(MATCHING_STYLES)).max(MATCHING_STYLES.length),
  teamPreference: z.enum(["cross-team", "same-team", "no-preference"]),
  capacity: z.number().int().min(0).max(3),
  status: z.enum(["active", "paused", "left"]),
});

const weightsSchema = z
  .object({
    skill: weight,
    goal: weight,
    availability: weight,
    timezone: weight,
    style: weight,
    team: weight,
  })
  .partial();

export const matchingInputSchema = z
  .object({
    participants: z.array(participant),
    endedPairs: z.array(pair).optional(),
    excludedPairs: z.array(pair).optional(),
    lockedPairs: z.array(pair).optional(),
    weights: weightsSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.participants.forEach((p, i) => {
      if (seen.has(p.id)) {
        ctx.addIssue({
          code: "custom",
          message: `duplicate participant id ${p.id}`,
          path: ["participants", i, "id"],
        });
      }
      seen.add(p.id);
    });
  });

/** Throws a readable error when the input does not satisfy the schema. */
export function validateMatchingInput(input: MatchingInput): void {
  // Checked piece by piece (same rules as matchingInputSchema): zod copies what it parses, and
  // short-lived copies of one participant at a time keep the peak memory of big cohorts down.
  const fail = (where: (string | number)[], error: z.ZodError): never => {
    const issue = error.issues[0];
    const path = [...where, ...(issue?.path ?? [])].join(".");
    throw new Error(`Invalid matching input at ${path}: ${issue ? issue.message : "unknown problem"}`);
  };
  if (!Array.isArray(input.participants))
    throw new Error("Invalid matching input at participants: expected an array");
  const seen = new Set<string>();
  input.participants.forEach((p, i) => {
    const r = participant.safeParse(p);
    if (!r.success) fail(["participants", i], r.error);
    if (seen.has(p.id))
      throw new Error(`Invalid matching input at participants.${i}.id: duplicate participant id ${p.id}`);
    seen.add(p.id);
  });
  for (const key of ["endedPairs", "excludedPairs", "lockedPairs"] as const) {
    const r = z.array(pair).optional().safeParse(input[key]);
    if (!r.success) fail([key], r.error);
  }
  const w = weightsSchema.optional().safeParse(input.weights);
  if (!w.success) fail(["weights"], w.error);
}

export function resolveWeights(partial: Partial<ScoreWeights> | undefined): ScoreWeights {
  return { ...DEFAULT_WEIGHTS, ...(partial ?? {}) };
}
