import { z } from "zod";
import { documentBase, isoInstant, userId, userText } from "../domain/common";

/**
 * Someone Baton knows in a tenant (`person:{userId}` in `t:{tenant}|people`): they talked to the bot,
 * opened the tab or enrolled. Pickers (co-owners, sponsors, admins) search these by name.
 */
export const personDocument = documentBase.extend({
  type: z.literal("person"),
  userId,
  displayName: userText(200),
  /** The name lower-cased without accents, for search. */
  searchName: userText(200),
  firstSeenAt: isoInstant,
  lastSeenAt: isoInstant,
});
export type PersonDocument = z.infer<typeof personDocument>;

export const peoplePartition = (tenantId: string) => `t:${tenantId}|people`;
export const personId = (userId: string) => `person:${encodeURIComponent(userId)}`;

/** Lower case, accents dropped, spaces squeezed: "Inès  Moreau" → "ines moreau". */
export function searchNameOf(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** GET /api/people?q=… */
export const peopleSearchInput = z.object({ q: userText(80, { trim: true }).default("") });

export interface PersonView {
  userId: string;
  displayName: string;
}
