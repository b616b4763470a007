import type { Activity } from "botbuilder";
import { isCallerTenantId, isUserId } from "@baton/shared";
import { claimedTenantId } from "./activity-identity";

/** Why an activity is refused before the adapter sees it: a 400 naming the field. */
export interface ActivityProblem {
  field: string;
  message: string;
}

/**
 * The checks `/api/messages` makes before `CloudAdapter`: Baton talks only to Microsoft Teams
 * (`channelId` `msteams`), and the ids Teams vouches for (tenant, person) must have the strict
 * format, so a forged `contoso|user:someone` never becomes part of a partition key. A missing
 * `from.aadObjectId` is not refused here: the bot answers it politely and uses no one's data.
 */
export function activityProblem(body: unknown): ActivityProblem | undefined {
  const activity = body as Partial<Activity>;
  if (activity.channelId !== "msteams")
    return { field: "channelId", message: "channelId: Baton only talks to Microsoft Teams (msteams)." };
  const tenantId = claimedTenantId(activity);
  if (tenantId !== undefined && !isCallerTenantId(tenantId))
    return { field: "conversation.tenantId", message: "conversation.tenantId: not a valid tenant id." };
  const userId = activity.from?.aadObjectId;
  if (userId !== undefined && !isUserId(userId))
    return { field: "from.aadObjectId", message: "from.aadObjectId: not a valid person id." };
  return undefined;
}
