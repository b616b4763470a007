import { z } from "zod";
import { cadence, chatId, format, isoDate, uniqueBy, uniqueValues, userId, userText } from "../domain/common";
import {
  agreementTemplate,
  dashboardAccess,
  matchingMode,
  matchingWeights,
  programAgendaTemplates,
  programDuration,
  programOutcome,
  programPurpose,
  programStatus,
  skill,
} from "../domain/program";
import { programTemplateIds } from "./templates";

export const MAX_OWNERS = 10;
export const MAX_SPONSORS = 50;

/** A taxonomy: unique skill ids, 1–500 skills (a draft may have none yet). */
export const taxonomyInput = z
  .array(skill)
  .max(500)
  .superRefine((skills, ctx) => {
    const seen = new Set<string>();
    skills.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: "custom", path: [i, "id"], message: `The skill id "${s.id}" is used twice.` });
      seen.add(s.id);
    });
  });

/** Every setup field an owner can edit (all optional in a PATCH). */
const setupFields = {
  name: userText(120, { trim: true, min: 1, minMessage: "Give the program a name." }),
  purpose: programPurpose,
  audience: userText(300, { trim: true }),
  formats: z.array(format).min(1, "Pick at least one format.").max(4).superRefine(uniqueValues("the format")),
  duration: programDuration,
  cohortStart: isoDate,
  cohortEnd: isoDate.nullable(),
  cadence,
  minimumMeetingsPerMonth: z.number().int().min(0).max(8),
  minGroupSize: z.number().int().min(2).max(50),
  escalationContact: userText(200, { trim: true }),
  skills: taxonomyInput,
  agreementTemplate,
  agendaTemplates: programAgendaTemplates,
  matchingWeights,
  matchingMode,
  outcomes: z
    .array(programOutcome)
    .max(4)
    .superRefine(uniqueBy((o) => o.kind, "the outcome", "kind")),
  dashboardAccess,
  retentionMonths: z.number().int().min(1).max(120),
};

/**
 * POST /api/programs: `name` and `purpose` are required; `template` (default: the purpose's template)
 * fills everything else, and any field given here replaces the template's.
 */
export const createProgramInput = z
  .object({
    ...setupFields,
    template: z.enum(programTemplateIds).optional(),
  })
  .partial()
  .required({ name: true, purpose: true })
  .strict();
export type CreateProgramInput = z.infer<typeof createProgramInput>;

/** PATCH /api/programs/:programId/setup: the ETag of the last read, and only the fields that change. */
export const updateSetupInput = z
  .object({ etag: z.string().min(1, "Send the program's etag from the last read.").max(200), ...setupFields })
  .partial()
  .required({ etag: true })
  .strict();
export type UpdateSetupInput = z.infer<typeof updateSetupInput>;

/** PUT /api/programs/:programId/people: owners (1–10, the caller may hand over) and sponsors. */
export const programPeopleInput = z
  .object({
    etag: z.string().min(1, "Send the program's etag from the last read.").max(200),
    ownerIds: z
      .array(userId)
      .min(1, "A program needs at least one owner.")
      .max(MAX_OWNERS, `A program has at most ${MAX_OWNERS} owners.`)
      .superRefine(uniqueValues("the owner"))
      .optional(),
    sponsorIds: z.array(userId).max(MAX_SPONSORS).superRefine(uniqueValues("the sponsor")).optional(),
  })
  .strict();
export type ProgramPeopleInput = z.infer<typeof programPeopleInput>;

/** POST /api/programs/:programId/status: the next lifecycle status. */
export const programStatusInput = z
  .object({ to: programStatus, etag: z.string().min(1).max(200).optional() })
  .strict();

/** POST /api/programs/:programId/share: post the join card into a conversation where Baton is installed. */
export const shareProgramInput = z
  .object({
    conversationId: chatId,
    /** A fresh id per press: a retried press posts once. */
    requestId: z
      .string()
      .min(8)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/),
  })
  .strict();
