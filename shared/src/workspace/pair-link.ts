/**
 * Where a card's "open the pair space" goes. Inside Teams: a deep link to the personal tab
 * ("my-mentoring") whose sub-entity the tab turns into that pair's workspace. Without a Teams app id
 * (local runs): the tab's own URL.
 */
export function pairLink(options: { teamsAppId?: string; publicUrl: string }, pairId: string): string {
  if (!options.teamsAppId) return `${options.publicUrl}/tab/pair/${encodeURIComponent(pairId)}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `pair:${pairId}` }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/my-mentoring?context=${context}`;
}
