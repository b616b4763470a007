import { z } from "zod";
import { documentBase, entityId, isoInstant, userId, userText } from "./common";

export const agendaTemplateKind = z.enum(["first", "regular", "midpoint", "final"]);
export type AgendaTemplateKind = z.infer<typeof agendaTemplateKind>;

export const agendaItem = z.object({ heading: userText(120, { min: 1 }), prompt: userText(500) });
export type AgendaItem = z.infer<typeof agendaItem>;

export const sessionDocument = documentBase.extend({
  type: z.literal("session"),
  pairId: entityId,
  sessionId: entityId,
  /** When the session took (or takes) place, UTC. */
  at: isoInstant,
  durationMinutes: z.number().int().min(5).max(480).default(60),
  template: agendaTemplateKind,
  agenda: z.array(agendaItem).max(20),
  sharedNotes: userText(20000).default(""),
  met: z.boolean().optional(),
  usefulness: z.number().int().min(1).max(5).optional(),
  loggedBy: userId,
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type SessionDocument = z.infer<typeof sessionDocument>;
