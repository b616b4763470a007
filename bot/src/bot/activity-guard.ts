import type { Activity } from "botbuilder";
import { isCallerTenantId, isUserId } from "@baton/shared";
import { claimedTenantId } from "./activity-identity";

/** Why an activity is refused before the adapter sees it: a 400 naming the field. */
export interface ActivityProblem {
  field: string;
  message: string;
}

/**
 * The checks `/api/messages` makes before `CloudAdapter`: the body is an activity (a type, a service
 * URL, a conversation and a sender, as Teams always sends), Baton talks only to Microsoft Teams
 * (`channelId` `msteams`), and the ids Teams vouches for (tenant, person) must have the strict
 * format, so a forged `contoso|user:someone` never becomes part of a partition key. A missing
 * `from.aadObjectId` is not refused here: the bot answers it politely and uses no one's data.
 */
export function activityProblem(body: unknown): ActivityProblem | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { field: "body", message: "body: an activity is a JSON object." };
  const activity = body as Partial<Activity>;
  if (typeof activity.type !== "string" || activity.type === "")
    return { field: "type", message: "type: the activity has no type." };
  if (activity.channelId !== "msteams")
    return { field: "channelId", message: "channelId: Baton only talks to Microsoft Teams (msteams)." };
  if (typeof activity.serviceUrl !== "string" || !/^https?:\/\//.test(activity.serviceUrl))
    return { field: "serviceUrl", message: "serviceUrl: the activity has no service URL." };
  if (typeof activity.conversation?.id !== "string" || activity.conversation.id === "")
    return { field: "conversation.id", message: "conversation.id: the activity has no conversation." };
  if (typeof activity.from !== "object" || activity.from === null)
    return { field: "from", message: "from: the activity has no sender." };
  const tenantId = claimedTenantId(activity);
  if (tenantId !== undefined && !isCallerTenantId(tenantId))
    return { field: "conversation.tenantId", message: "conversation.tenantId: not a valid tenant id." };
  const userId = activity.from?.aadObjectId;
  if (userId !== undefined && !isUserId(userId))
    return { field: "from.aadObjectId", message: "from.aadObjectId: not a valid person id." };
  return undefined;
}
