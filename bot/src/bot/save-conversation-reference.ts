import { TurnContext, type Activity } from "botbuilder";
import { documentIds, partitionKeys, type ConversationReferenceDocument } from "@baton/shared";
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
  else await repos.tenants.saveConversationReference(doc);
  await rememberReachability(repos, doc);
}
