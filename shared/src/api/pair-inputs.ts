import { z } from "zod";
import { agreementTerms } from "../domain/agreement";
import { chatId, isoDate, isoInstant, uniqueBy, userId, userText, entityId } from "../domain/common";
import { agendaTemplateKind } from "../domain/session";

/** Bodies the tab sends. Every update of a shared document carries the ETag it was based on. */
const etag = z.string().min(1, "reload and try again: the version you edited is missing").max(200);

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
  title: userText(200, { trim: true, min: 1, minMessage: "a milestone needs a title" }),
  targetDate: isoDate.optional(),
  done: z.boolean().default(false),
});

export const createGoalInput = z.object({
  title: userText(200, { trim: true, min: 1, minMessage: "a goal needs a title" }),
  description: userText(2000).default(""),
  targetDate: isoDate.optional(),
  /** Milestone ids (when given) are unique within the goal. */
  milestones: z
    .array(milestoneInput)
    .max(30)
    .superRefine(uniqueBy((m) => m.milestoneId, "the milestone id", "milestoneId"))
    .default([]),
});
export const updateGoalInput = createGoalInput.extend({ etag });
/** A correction of a goal's own fields; its milestones are changed one by one (or with the full PUT). */
export const patchGoalInput = z.object({
  etag,
  title: userText(200, { trim: true, min: 1, minMessage: "a goal needs a title" }).optional(),
  description: userText(2000).optional(),
  targetDate: isoDate.nullable().optional(),
});
/** One milestone of a goal; the ETag is the goal's. */
export const patchMilestoneInput = z.object({
  etag,
  title: userText(200, { trim: true, min: 1, minMessage: "a milestone needs a title" }).optional(),
  targetDate: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});
/** A delete or a change without a body: the ETag the person saw (the `If-Match` header). */
export const deleteInput = z.object({ etag });

export const createActionItemInput = z.object({
  title: userText(300, { trim: true, min: 1, minMessage: "an action item needs a title" }),
  description: userText(2000, { trim: true }).optional(),
  ownerId: userId,
  dueDate: isoDate.optional(),
  sessionId: entityId.optional(),
});
export const updateActionItemInput = z.object({
  etag,
  title: userText(300, { trim: true, min: 1, minMessage: "an action item needs a title" }).optional(),
  description: userText(2000, { trim: true }).nullable().optional(),
  ownerId: userId.optional(),
  dueDate: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});

export const createSessionInput = z.object({
  at: isoInstant,
  durationMinutes: z.number().int().min(5).max(480).default(60),
  template: agendaTemplateKind,
  sharedNotes: userText(20000).default(""),
});
export const updateSessionInput = z.object({
  etag,
  at: isoInstant.optional(),
  durationMinutes: z.number().int().min(5).max(480).optional(),
  sharedNotes: userText(20000).optional(),
});

export const createPrivateNoteInput = z.object({
  text: userText(20000, { trim: true, min: 1, minMessage: "the note is empty" }),
  sessionId: entityId.optional(),
});
export const updatePrivateNoteInput = z.object({
  etag,
  text: userText(20000, { trim: true, min: 1, minMessage: "the note is empty" }),
});

export const linkChatInput = z.object({ chatId, pairId: entityId });

export type UpdateAgreementInput = z.infer<typeof updateAgreementInput>;
export type CreateGoalInput = z.input<typeof createGoalInput>;
export type UpdateGoalInput = z.input<typeof updateGoalInput>;
export type PatchGoalInput = z.input<typeof patchGoalInput>;
export type PatchMilestoneInput = z.input<typeof patchMilestoneInput>;
export type CreateActionItemInput = z.input<typeof createActionItemInput>;
export type UpdateActionItemInput = z.input<typeof updateActionItemInput>;
export type CreateSessionInput = z.input<typeof createSessionInput>;
export type UpdateSessionInput = z.input<typeof updateSessionInput>;
export type CreatePrivateNoteInput = z.input<typeof createPrivateNoteInput>;
export type UpdatePrivateNoteInput = z.input<typeof updatePrivateNoteInput>;
