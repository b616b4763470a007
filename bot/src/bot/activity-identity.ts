import type { Activity } from "botbuilder";

/** Tenant and person of an authenticated incoming activity (the channel vouches for them). */
export function activityIdentity(activity: Partial<Activity>): {
  tenantId?: string;
  userId?: string;
  displayName: string;
} {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return {
    tenantId: activity.conversation?.tenantId ?? channelData?.tenant?.id,
    userId: activity.from?.aadObjectId ?? activity.from?.id,
    displayName: activity.from?.name ?? "there",
  };
}
