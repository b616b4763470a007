import type { Activity } from "botbuilder";
import { isCallerTenantId, isUserId } from "@baton/shared";

/**
 * Tenant and person of an incoming Teams activity. The person is `from.aadObjectId` only (never
 * `from.id`, which any channel fills in), and both ids must have the strict format before they go
 * anywhere near a partition key; a missing or malformed one is left out.
 */
export function activityIdentity(activity: Partial<Activity>): {
  tenantId?: string;
  userId?: string;
  displayName: string;
} {
  const tenantId = claimedTenantId(activity);
  const userId = activity.from?.aadObjectId;
  return {
    ...(isCallerTenantId(tenantId) ? { tenantId } : {}),
    ...(isUserId(userId) ? { userId } : {}),
    displayName: activity.from?.name ?? "there",
  };
}

/** The tenant an activity names: the conversation's, else Teams' channel data. */
export function claimedTenantId(activity: Partial<Activity>): unknown {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id;
}
