import {
  resolveReader,
  type ConversationReferenceDocument,
  type ProfileDocument,
  type Reader,
} from "@baton/shared";
import type { ClientInfo } from "../bot/client-info";
import type { Repositories } from "../data/repositories";

/**
 * The reader of a card, for dates and times: Teams' clientInfo (this activity's, or the latest one
 * stored on their 1:1 conversation reference), then their profile's zone, then en-US / UTC (named).
 */
export function readerOf(p: {
  client?: ClientInfo | undefined;
  reference?: Pick<ConversationReferenceDocument, "locale" | "timeZone"> | undefined;
  profile?: Pick<ProfileDocument, "timeZone"> | undefined;
}): Reader {
  return resolveReader({
    clientLocale: p.client?.locale ?? p.reference?.locale,
    clientTimeZone: p.client?.timeZone ?? p.reference?.timeZone,
    profileTimeZone: p.profile?.timeZone,
  });
}

/** The reader of a proactive message: two point reads in their partition (reference and profile). */
export async function readerFor(repos: Repositories, tenantId: string, userId: string): Promise<Reader> {
  const [reference, profile] = await Promise.all([
    repos.rhythm.personalReference(tenantId, userId),
    repos.people.getProfile(tenantId, userId),
  ]);
  return readerOf({ reference, profile });
}

/** The reader of a turn: the activity's clientInfo; without a zone there, what is stored (point reads). */
export async function turnReader(
  repos: Repositories,
  turn: { actor: { tenantId: string; userId: string }; client: ClientInfo },
): Promise<Reader> {
  if (turn.client.timeZone) return readerOf({ client: turn.client });
  const stored = await readerFor(repos, turn.actor.tenantId, turn.actor.userId);
  return turn.client.locale
    ? { ...stored, locale: resolveReader({ clientLocale: turn.client.locale }).locale }
    : stored;
}
