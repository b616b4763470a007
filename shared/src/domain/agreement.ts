import { z } from "zod";
import { cadence, documentBase, entityId, isoDate, isoInstant, userId } from "./common";

export const agreementTerms = z
  .object({
    goals: z.string().max(2000),
    meetingFrequency: cadence,
    meetingLengthMinutes: z.number().int().min(15).max(240),
    channels: z.array(z.string().min(1).max(40)).max(8),
    responseTime: z.string().max(200),
    confidentiality: z.string().max(1000),
    boundaries: z.string().max(1000),
    startDate: isoDate,
    endDate: isoDate,
  })
  .refine((t) => t.endDate >= t.startDate, {
    message: "the end date must not be before the start date",
    path: ["endDate"],
  });
export type AgreementTerms = z.infer<typeof agreementTerms>;

export const agreementStatus = z.enum(["draft", "confirmed"]);

export const agreementHistoryEntry = z.object({
  version: z.number().int().min(1),
  event: z.enum(["drafted", "edited", "confirmed-by", "confirmed", "reopened"]),
  by: userId,
  at: isoInstant,
  /** The terms as they were when the entry was written (kept for confirmed versions). */
  terms: agreementTerms.optional(),
});
export type AgreementHistoryEntry = z.infer<typeof agreementHistoryEntry>;

export const agreementDocument = documentBase.extend({
  type: z.literal("agreement"),
  pairId: entityId,
  status: agreementStatus,
  version: z.number().int().min(1),
  terms: agreementTerms,
  /** userId → when they confirmed the current version. */
  confirmations: z.record(userId, isoInstant),
  history: z.array(agreementHistoryEntry).max(500),
  updatedBy: userId,
  updatedAt: isoInstant,
});
export type AgreementDocument = z.infer<typeof agreementDocument>;
