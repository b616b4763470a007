import { z } from "zod";
import {
  cadence,
  documentBase,
  entityId,
  isoDate,
  isoInstant,
  uniqueValues,
  userId,
  userText,
} from "./common";

export const agreementTerms = z
  .object({
    goals: userText(2000),
    meetingFrequency: cadence,
    meetingLengthMinutes: z.number().int().min(15).max(240),
    channels: z
      .array(userText(40, { trim: true, min: 1 }))
      .max(8)
      .superRefine(uniqueValues("the channel")),
    responseTime: userText(200),
    confidentiality: userText(1000),
    boundaries: userText(1000),
    startDate: isoDate,
    endDate: isoDate,
  })
  .refine((t) => t.endDate >= t.startDate, {
    message: "the end date must not be before the start date",
    path: ["endDate"],
  });
export type AgreementTerms = z.infer<typeof agreementTerms>;

/**
 * How much history an agreement keeps, so 1,000 edits never make a 1,000-entry document: the first
 * entry (when it was drafted), the latest `confirmed` entries (each with the terms both people agreed
 * to), and the latest `recent` entries of any kind. Older edits and single confirmations are dropped.
 */
export const AGREEMENT_HISTORY_POLICY = {
  confirmed: 50,
  recent: 100,
  /** 1 + confirmed + recent. */
  maxEntries: 151,
} as const;

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
  /** Bounded by `AGREEMENT_HISTORY_POLICY` (see `boundHistory` and docs/data-model.md). */
  history: z.array(agreementHistoryEntry).max(AGREEMENT_HISTORY_POLICY.maxEntries),
  updatedBy: userId,
  updatedAt: isoInstant,
});
export type AgreementDocument = z.infer<typeof agreementDocument>;
