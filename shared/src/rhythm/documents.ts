import { z } from "zod";
import { documentBase, entityId, isoInstant, uniqueBy, userId, userText } from "../domain/common";

const workingHoursSchema = z.object({
  days: z
    .array(z.number().int().min(0).max(6))
    .max(7)
    .superRefine(uniqueBy<number>((d) => d, "the day")),
  startMinute: z.number().int().min(0).max(1440),
  endMinute: z.number().int().min(0).max(1440),
});

/** A person's reminder settings, in their own partition (`rhythm-prefs`). */
export const rhythmPrefsDocument = documentBase.extend({
  type: z.literal("rhythmPrefs"),
  userId,
  mutedAt: isoInstant.optional(),
  snoozedUntil: isoInstant.optional(),
  workingHours: workingHoursSchema.optional(),
  updatedAt: isoInstant,
});
export type RhythmPrefsDocument = z.infer<typeof rhythmPrefsDocument>;

/** One person's answer to a session check-in, in the pair partition (`checkin:{sessionId}:{userId}`). */
export const checkInDocument = documentBase.extend({
  type: z.literal("checkIn"),
  pairId: entityId,
  sessionId: entityId,
  userId,
  met: z.boolean(),
  usefulness: z.number().int().min(1).max(5).optional(),
  actionItemId: entityId.optional(),
  at: isoInstant,
});
export type CheckInDocument = z.infer<typeof checkInDocument>;

export const surveyPhase = z.enum(["midpoint", "final"]);
export type SurveyPhase = z.infer<typeof surveyPhase>;

/** A survey answer, in the program partition so that the program's figures are one query. */
export const surveyResponseDocument = documentBase.extend({
  type: z.literal("surveyResponse"),
  programId: entityId,
  pairId: entityId,
  userId,
  phase: surveyPhase,
  satisfaction: z.number().int().min(1).max(5),
  usefulness: z.number().int().min(1).max(5),
  goalProgress: z.number().int().min(1).max(5),
  recommend: z.number().int().min(0).max(10),
  lesson: userText(1000),
  continueInformally: z.boolean().optional(),
  at: isoInstant,
});
export type SurveyResponseDocument = z.infer<typeof surveyResponseDocument>;

/** The pairs the planner walks, one small doc per pair in `t:{tenant}|rhythm`. */
export const rhythmPairDocument = documentBase.extend({
  type: z.literal("rhythmPair"),
  pairId: entityId,
  programId: entityId,
  enrolledAt: isoInstant,
});
export type RhythmPairDocument = z.infer<typeof rhythmPairDocument>;

/** The tenants the scheduler walks, in the registry partition `t:_baton|tenants`. */
export const rhythmTenantDocument = documentBase.extend({
  type: z.literal("rhythmTenant"),
  registeredTenantId: z.string().min(1).max(64),
  registeredAt: isoInstant,
});
export type RhythmTenantDocument = z.infer<typeof rhythmTenantDocument>;

/**
 * The proactive sender's idempotency ledger, one per key, in the recipient's partition. `in-flight`
 * may have been delivered; `retrying` was certainly not (the last attempt was refused).
 */
export const sendRecordDocument = documentBase.extend({
  type: z.literal("sendRecord"),
  userId,
  idempotencyKey: z.string().min(1).max(400),
  state: z.enum(["in-flight", "retrying", "sent", "blocked", "failed"]),
  owner: z.string().max(100),
  leaseUntil: isoInstant,
  attempts: z.number().int().min(0).max(1000),
  activityId: z.string().max(200).optional(),
  updatedAt: isoInstant,
});
export type SendRecordDocument = z.infer<typeof sendRecordDocument>;

/** Where to create 1:1 chats in a tenant: the service URL and bot account of a stored reference. */
export const serviceEndpointDocument = documentBase.extend({
  type: z.literal("serviceEndpoint"),
  serviceUrl: z.string().min(1).max(400),
  channelId: z.string().min(1).max(40),
  bot: z.object({ id: z.string().min(1).max(200), name: z.string().max(200).optional() }),
  updatedAt: isoInstant,
});
export type ServiceEndpointDocument = z.infer<typeof serviceEndpointDocument>;

/** Why an outbox message matters: whom to tell when it finally cannot be delivered (ADR 0010). */
export const outboxPurpose = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("introduction"), programId: entityId, pairId: entityId }),
  z.object({
    kind: z.literal("mentor-request"),
    programId: entityId,
    requestId: entityId,
    menteeId: userId,
  }),
  z.object({ kind: z.literal("other") }),
  /** Scheduled (ADR 0020): the one reminder to the mentor, and the expiry told to the mentee. */
  z.object({
    kind: z.literal("mentor-request-reminder"),
    programId: entityId,
    requestId: entityId,
    menteeId: userId,
  }),
  z.object({
    kind: z.literal("mentor-request-expiry"),
    programId: entityId,
    requestId: entityId,
    menteeId: userId,
  }),
]);
export type OutboxPurpose = z.infer<typeof outboxPurpose>;

/**
 * A proactive message in the durable delivery queue (`t:{tenant}|outbox`): tried again at
 * `nextAttemptAt` until sent, or `failed` after the last retry (then the waiting person is told).
 * A drainer claims an entry with `leaseOwner`/`leaseUntil` on its ETag.
 */
export const outboxEntryDocument = documentBase.extend({
  type: z.literal("outboxEntry"),
  userId,
  idempotencyKey: z.string().min(1).max(400),
  message: z.object({
    text: userText(4000).optional(),
    card: z
      .record(z.string().max(100), z.unknown())
      .refine((c) => JSON.stringify(c).length <= 40_000, "a card is at most 40,000 characters")
      .optional(),
  }),
  purpose: outboxPurpose,
  /** `cancelled`: a scheduled message no longer due when its time came (e.g. the request was answered). */
  state: z.enum(["queued", "sent", "failed", "cancelled"]),
  attempts: z.number().int().min(0).max(1000),
  nextAttemptAt: isoInstant,
  leaseOwner: z.string().max(100).optional(),
  leaseUntil: isoInstant.optional(),
  lastOutcome: z.string().max(40).optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type OutboxEntryDocument = z.infer<typeof outboxEntryDocument>;
