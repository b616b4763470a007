/** Partition keys and ids of the rhythm (reminders, check-ins, surveys). See docs/data-model.md. */
export const REGISTRY_TENANT = "_baton";

export const rhythmKeys = {
  /** Due work for one hour of one tenant: a scheduler tick reads a few of these. */
  dueBucket: (tenantId: string, hour: string) => `t:${tenantId}|due:${hour}`,
  /** The planner's roster of pairs in a tenant. */
  roster: (tenantId: string) => `t:${tenantId}|rhythm`,
  /** The planner's marks for one pair, apart from the pair workspace so its query stays small. */
  pairPlan: (tenantId: string, pairId: string) => `t:${tenantId}|pair:${pairId}|rhythm`,
  /** The tenant's durable delivery queue (messages waiting for another try). */
  outbox: (tenantId: string) => `t:${tenantId}|outbox`,
  /** The tenants the scheduler walks. */
  registry: () => `t:${REGISTRY_TENANT}|tenants`,
} as const;

export const rhythmIds = {
  prefs: () => "rhythm-prefs",
  checkIn: (sessionId: string, userId: string) => `checkin:${sessionId}:${encodeURIComponent(userId)}`,
  survey: (phase: string, pairId: string, userId: string) =>
    `survey:${phase}:${pairId}:${encodeURIComponent(userId)}`,
  rosterPair: (pairId: string) => `pair:${pairId}`,
  registryTenant: (tenantId: string) => `tenant:${encodeURIComponent(tenantId)}`,
  serviceEndpoint: () => "service-endpoint",
  personalReference: () => "convref:personal",
} as const;

/** The due bucket of an instant: its UTC hour, e.g. 2026-03-02T09. */
export const hourOf = (instant: Date): string => instant.toISOString().slice(0, 13);
