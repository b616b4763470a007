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
]);
export type ReminderKind = z.infer<typeof reminderKind>;

export const reminderDocument = documentBase.extend({
  type: z.literal("reminder"),
  kind: reminderKind,
  recipientId: userId,
  pairId: entityId.optional(),
  dueAt: isoInstant,
  /** One key per intended message: the sender refuses a second send with the same key. */
  idempotencyKey: z.string().min(1).max(200),
  status: z.enum(["pending", "claimed", "sent", "cancelled"]),
  leaseOwner: z.string().max(100).optional(),
  leaseUntil: isoInstant.optional(),
  attempts: z.number().int().min(0),
  sentAt: isoInstant.optional(),
});
export type ReminderDocument = z.infer<typeof reminderDocument>;
