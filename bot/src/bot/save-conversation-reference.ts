import { TurnContext, type Activity } from "botbuilder";
import {
  chatMembershipId,
  documentIds,
  partitionKeys,
  type ChatMembershipDocument,
  type ConversationReferenceDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import { activityIdentity } from "./activity-identity";
import { clientInfoOf } from "./client-info";
import { rememberReachability } from "../rhythm/remember-reachability";

const scopeOf = (conversationType: string | undefined): ConversationReferenceDocument["scope"] =>
  conversationType === "groupChat" ? "groupChat" : conversationType === "channel" ? "team" : "personal";

/** Stores where to reach this conversation later: personal ones with the person, others with the tenant. */
export async function saveConversationReference(
  repos: Repositories,
  activity: Activity,
  now: string,
): Promise<void> {
  const { tenantId, userId } = activityIdentity(activity);
  if (!tenantId) return;
  const reference = TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>;
  const conversationId = activity.conversation.id;
  const scope = scopeOf(activity.conversation.conversationType);
  const doc: ConversationReferenceDocument = {
    id: documentIds.conversationRef(conversationId),
    pk:
      scope === "personal" && userId ? partitionKeys.user(tenantId, userId) : partitionKeys.tenant(tenantId),
    tenantId,
    type: "conversationRef",
    scope,
    conversationId,
    ...(userId ? { userId } : {}),
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    // A person's own settings; a group chat's reference is shared, so it keeps none.
    ...(scope === "personal" ? clientInfoOf(activity) : {}),
    updatedAt: now,
  };
  if (scope === "personal") await repos.people.saveConversationReference(doc);
  else {
    await repos.tenants.saveConversationReference(doc);
    // Whoever acts here (installs Baton, writes, presses a card) is a member of this chat or channel.
    if (userId) await rememberChatMember(repos, { tenantId, userId, conversationId, scope }, now);
  }
  await rememberReachability(repos, doc);
}

/** Records that a person is in a group chat or channel where Baton is installed. */
export async function rememberChatMember(
  repos: Repositories,
  m: { tenantId: string; userId: string; conversationId: string; scope: "groupChat" | "team" },
  now: string,
): Promise<void> {
  const doc: ChatMembershipDocument = {
    id: chatMembershipId(m.conversationId),
    pk: partitionKeys.user(m.tenantId, m.userId),
    tenantId: m.tenantId,
    type: "chatMembership",
    userId: m.userId,
    conversationId: m.conversationId,
    scope: m.scope,
    updatedAt: now,
  };
  await repos.store.upsert(doc);
}

/** A person left (or was removed from) the chat or channel. */
export async function forgetChatMember(
  repos: Repositories,
  m: { tenantId: string; userId: string; conversationId: string },
): Promise<void> {
  await repos.store
    .delete(m.tenantId, partitionKeys.user(m.tenantId, m.userId), chatMembershipId(m.conversationId))
    .catch(() => undefined);
}

/** The membership scope of a conversation type (undefined for 1:1 chats). */
export const sharedScopeOf = (conversationType: string | undefined): "groupChat" | "team" | undefined =>
  conversationType === "groupChat" ? "groupChat" : conversationType === "channel" ? "team" : undefined;
