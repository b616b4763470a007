import { z } from "zod";
import { documentBase, isoInstant, userId } from "./common";

/**
 * What the bot needs to message someone later. `reference` is the channel's own JSON, kept opaque here
 * so the domain never depends on the bot SDK.
 */
export const conversationReferenceDocument = documentBase.extend({
  type: z.literal("conversationRef"),
  scope: z.enum(["personal", "groupChat", "team"]),
  conversationId: z.string().min(1).max(400),
  userId: userId.optional(),
  reference: z
    .record(z.string().max(100), z.unknown())
    .refine((r) => JSON.stringify(r).length <= 8000, "a conversation reference is at most 8,000 characters"),
  /** Set when Teams answered 403: the app was blocked or removed, so nothing more is sent. */
  deadSince: isoInstant.optional(),
  /** The person's Teams locale and time zone from their latest activity here (clientInfo), for dates in cards. */
  locale: z.string().max(35).optional(),
  timeZone: z.string().max(64).optional(),
  updatedAt: isoInstant,
});
export type ConversationReferenceDocument = z.infer<typeof conversationReferenceDocument>;
