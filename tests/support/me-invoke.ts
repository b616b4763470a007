import { teamsActivity } from "./activities";
import { checkAdaptiveCard } from "./validate-card";

export interface Caller {
  tenantId: string;
  userId: string;
  name: string;
}

/** Posts a messaging-extension invoke (e.g. composeExtension/query) to the real /api/messages; returns status and body. */
export async function meInvoke(
  botUrl: string,
  serviceUrl: string,
  name: string,
  value: Record<string, unknown>,
  who: Caller,
  conversation?: { id: string; conversationType: string },
): Promise<{ status: number; body: any }> {
  const activity = teamsActivity(serviceUrl, { type: "invoke", name, value }, who);
  if (conversation)
    activity.conversation = { ...conversation, tenantId: who.tenantId } as Record<string, unknown>;
  const res = await fetch(`${botUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** A search's value: `query` typed, or Teams' initial run. */
export const searchValue = (commandId: string, query?: string) => ({
  commandId,
  parameters:
    query === undefined ? [{ name: "initialRun", value: "true" }] : [{ name: "query", value: query }],
  queryOptions: { skip: 0, count: 25 },
});

/** Every problem with a result list: its shape, previews, at most 25 items, each card valid and under 28 KB. */
export function resultProblems(body: any, maxVersion = "1.5"): string[] {
  const problems: string[] = [];
  const ce = body?.composeExtension;
  if (ce?.type !== "result") problems.push(`type is ${ce?.type}`);
  if (ce?.attachmentLayout !== "list") problems.push(`attachmentLayout is ${ce?.attachmentLayout}`);
  const items: any[] = ce?.attachments ?? [];
  if (items.length > 25) problems.push(`${items.length} items`);
  items.forEach((a, i) => {
    if (a.contentType !== "application/vnd.microsoft.card.adaptive") problems.push(`${i}: ${a.contentType}`);
    if (!a.preview?.content?.title) problems.push(`${i}: no preview title`);
    const check = checkAdaptiveCard(a.content, { maxBytes: 28 * 1024, maxVersion });
    for (const p of check.problems) problems.push(`${i}: ${p}`);
  });
  return problems;
}

/** The cards' text, joined, for "contains" checks. */
export const cardText = (body: any): string =>
  JSON.stringify((body?.composeExtension?.attachments ?? []).map((a: any) => a.content));
