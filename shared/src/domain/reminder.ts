import { z } from "zod";
import { documentBase, entityId, isoInstant, userId } from "./common";

export const reminderKind = z.enum([
  "session-due",
  "check-in",
  "action-due",
  "action-overdue",
  "quiet-pair",
  "escalation",
  "chemistry-check",
  "midpoint-survey",
  "final-survey",
  "wrap-up",
]);
export type ReminderKind = z.infer<typeof reminderKind>;

/** What a reminder is about, enough to render it without reading the pair again. Never notes. */
export const reminderSubject = z
  .record(z.string().max(60), z.union([z.string().max(300), z.number().finite()]))
  .refine((s) => Object.keys(s).length <= 20, "a reminder's subject has at most 20 fields");
export type ReminderSubject = z.infer<typeof reminderSubject>;

/**
 * One intended message to one person, stored in the due bucket of the hour it may be sent
 * (`t:{tenant}|due:{yyyy-mm-ddThh}`) and claimed with an ETag lease. See docs/adr/0006-reminder-leases.md.
 */
export const reminderDocument = documentBase.extend({
  type: z.literal("reminder"),
  kind: reminderKind,
  recipientId: userId,
  pairId: entityId,
  /** When the data says it is due. */
  dueAt: isoInstant,
  /** When it may be sent: `dueAt` moved into the recipient's working hours (or after a snooze). */
  sendAt: isoInstant,
  /** One key per intended message: the planner never plans the same key twice. */
  idempotencyKey: z.string().min(1).max(400),
  subject: reminderSubject,
  status: z.enum(["pending", "claimed", "sent", "cancelled", "moved"]),
  cancelReason: z.string().max(60).optional(),
  /** Set with status `moved`: where the live copy is now. */
  movedTo: z.object({ pk: z.string().min(1).max(400), sendAt: isoInstant }).optional(),
  leaseOwner: z.string().max(100).optional(),
  leaseUntil: isoInstant.optional(),
  /** The idempotency key of the message this reminder was claimed into (one message per batch). */
  batchKey: z.string().max(300).optional(),
  attempts: z.number().int().min(0).max(1000),
  sentAt: isoInstant.optional(),
  createdAt: isoInstant,
});
export type ReminderDocument = z.infer<typeof reminderDocument>;

/**
 * The planner's record that a key was planned, in `t:{tenant}|pair:{pairId}|rhythm`. It is the lock
 * that makes planning idempotent across instances (created before the reminder; a 409 means planned).
 */
export const reminderPlanDocument = documentBase.extend({
  type: z.literal("reminderPlan"),
  pairId: entityId,
  idempotencyKey: z.string().min(1).max(400),
  reminderId: z.string().min(1).max(255),
  bucketPk: z.string().min(1).max(400),
  sendAt: isoInstant,
  status: z.enum(["planned", "closed"]),
  createdAt: isoInstant,
});
export type ReminderPlanDocument = z.infer<typeof reminderPlanDocument>;
