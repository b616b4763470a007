/**
 * Partition keys and document ids. One container, partition key path `/pk`; see docs/data-model.md.
 * Every key starts with the tenant, so no query or point read can cross tenants by accident.
 */
export const partitionKeys = {
  tenant: (tenantId: string) => `t:${tenantId}`,
  user: (tenantId: string, userId: string) => `t:${tenantId}|user:${userId}`,
  pair: (tenantId: string, pairId: string) => `t:${tenantId}|pair:${pairId}`,
  program: (tenantId: string, programId: string) => `t:${tenantId}|program:${programId}`,
} as const;

export const documentIds = {
  tenant: () => "tenant",
  program: (programId: string) => `program:${programId}`,
  profile: () => "profile",
  membership: (pairId: string) => `membership:${pairId}`,
  pair: () => "pair",
  agreement: () => "agreement",
  goal: (goalId: string) => `goal:${goalId}`,
  actionItem: (actionItemId: string) => `action:${actionItemId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  privateNote: (noteId: string) => `privnote:${noteId}`,
  chatLink: (chatId: string) => `chatlink:${encodeURIComponent(chatId)}`,
  conversationRef: (conversationId: string) => `convref:${encodeURIComponent(conversationId)}`,
} as const;
