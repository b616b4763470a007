/** Activity JSON as Teams sends it to /api/messages. */
export function teamsActivity(
  serviceUrl: string,
  overrides: Record<string, unknown> & { type: string },
  who: { tenantId: string; userId: string; name: string } = {
    tenantId: "contoso-demo",
    userId: "u-priya",
    name: "Priya Raman",
  },
): Record<string, unknown> {
  const conversationId = `a:personal-${who.userId}`;
  return {
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${who.userId}`, aadObjectId: who.userId, name: who.name },
    recipient: { id: "28:baton-bot", name: "Baton" },
    conversation: { id: conversationId, conversationType: "personal", tenantId: who.tenantId },
    channelData: { tenant: { id: who.tenantId } },
    locale: "en-US",
    ...overrides,
  };
}

export async function postActivity(botUrl: string, activity: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  await res.text();
  return res.status;
}
