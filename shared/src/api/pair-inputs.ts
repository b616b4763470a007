import { z } from "zod";
import { agreementTerms } from "../domain/agreement";
import { chatId, isoDate, isoInstant, userId, entityId } from "../domain/common";
import { agendaTemplateKind } from "../domain/session";

/** Bodies the tab sends. Every update of a shared document carries the ETag it was based on. */
const etag = z.string().min(1, "reload and try again: the version you edited is missing");

/**
 * An edited agreement must still say what the pair wants to achieve: emptied goals are refused with a
 * 400 naming `terms.goals` (stored drafts may start empty, so the document schema allows it).
 */
export const updateAgreementInput = z.object({
  etag,
  terms: agreementTerms.refine((terms) => terms.goals.trim().length > 0, {
    message: "write the goals you agreed on",
    path: ["goals"],
  }),
});
export const confirmAgreementInput = z.object({ etag });

const milestoneInput = z.object({
  milestoneId: entityId.optional(),
  title: z.string().trim().min(1, "a milestone needs a title").max(200),
  targetDate: isoDate.optional(),
  done: z.boolean().default(false),
});

export const createGoalInput = z.object({
  title: z.string().trim().min(1, "a goal needs a title").max(200),
  description: z.string().max(2000).default(""),
  targetDate: isoDate.optional(),
  milestones: z.array(milestoneInput).max(30).default([]),
});
export const updateGoalInput = createGoalInput.extend({ etag });

export const createActionItemInput = z.object({
  title: z.string().trim().min(1, "an action item needs a title").max(300),
  description: z.string().trim().max(2000).optional(),
  ownerId: userId,
  dueDate: isoDate.optional(),
  sessionId: entityId.optional(),
});
export const updateActionItemInput = z.object({
  etag,
  title: z.string().trim().min(1, "an action item needs a title").max(300).optional(),
  ownerId: userId.optional(),
  dueDate: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});

export const createSessionInput = z.object({
  at: isoInstant,
  durationMinutes: z.number().int().min(5).max(480).default(60),
  template: agendaTemplateKind,
  sharedNotes: z.string().max(20000).default(""),
});
export const updateSessionInput = z.object({
  etag,
  at: isoInstant.optional(),
  durationMinutes: z.number().int().min(5).max(480).optional(),
  sharedNotes: z.string().max(20000).optional(),
});

export const createPrivateNoteInput = z.object({
  text: z.string().trim().min(1, "the note is empty").max(20000),
  sessionId: entityId.optional(),
});
export const updatePrivateNoteInput = z.object({
  etag,
  text: z.string().trim().min(1, "the note is empty").max(20000),
});

export const linkChatInput = z.object({ chatId, pairId: entityId });

export type UpdateAgreementInput = z.infer<typeof updateAgreementInput>;
export type CreateGoalInput = z.input<typeof createGoalInput>;
export type UpdateGoalInput = z.input<typeof updateGoalInput>;
export type CreateActionItemInput = z.input<typeof createActionItemInput>;
export type UpdateActionItemInput = z.input<typeof updateActionItemInput>;
export type CreateSessionInput = z.input<typeof createSessionInput>;
export type UpdateSessionInput = z.input<typeof updateSessionInput>;
export type CreatePrivateNoteInput = z.input<typeof createPrivateNoteInput>;
export type UpdatePrivateNoteInput = z.input<typeof updatePrivateNoteInput>;
