import { partitionKeys, rhythmIds, type ConversationReferenceDocument } from "@baton/shared";
import type { Repositories } from "../data/repositories";

/** Per store, so that several servers in one process (tests) each get their own. */
const knownEndpoints = new WeakMap<Repositories, Set<string>>();

/**
 * Beside each stored reference: the person's personal reference under a fixed id (so the sender finds
 * it with a point read), the tenant's service endpoint (to create a 1:1 chat with someone who never
 * wrote to Baton), and the tenant in the scheduler's registry.
 */
export async function rememberReachability(
  repos: Repositories,
  doc: ConversationReferenceDocument,
): Promise<void> {
  const reference = doc.reference as {
    serviceUrl?: string;
    channelId?: string;
    bot?: { id?: string; name?: string };
  };
  if (doc.scope === "personal" && doc.userId) await repos.rhythm.savePersonalReference(doc);
  const memo = `${doc.tenantId}|${reference.serviceUrl}|${reference.bot?.id}`;
  const known = knownEndpoints.get(repos) ?? new Set<string>();
  knownEndpoints.set(repos, known);
  if (reference.serviceUrl && reference.bot?.id && !known.has(memo)) {
    await repos.rhythm.saveServiceEndpoint({
      id: rhythmIds.serviceEndpoint(),
      pk: partitionKeys.tenant(doc.tenantId),
      tenantId: doc.tenantId,
      type: "serviceEndpoint",
      serviceUrl: reference.serviceUrl,
      channelId: reference.channelId ?? "msteams",
      bot: { id: reference.bot.id, ...(reference.bot.name ? { name: reference.bot.name } : {}) },
      updatedAt: doc.updatedAt,
    });
    known.add(memo);
  }
  await repos.reminders.registerTenant(doc.tenantId, doc.updatedAt);
}
