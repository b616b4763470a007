/**
 * Where "Join this program" goes. Inside Teams: a deep link to the personal tab whose sub-entity
 * (`join:{programId}`) the tab turns into the program's join page. Without a Teams app id (local
 * runs): the tab's own URL. Same shape as `pairLink`.
 */
export function programJoinLink(
  options: { teamsAppId?: string; publicUrl: string },
  programId: string,
): string {
  if (!options.teamsAppId) return `${options.publicUrl}/tab/join/${encodeURIComponent(programId)}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `join:${programId}` }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/my-mentoring?context=${context}`;
}

/** The owner console of a program, the same way. */
export function programConsoleLink(
  options: { teamsAppId?: string; publicUrl: string },
  programId: string,
): string {
  if (!options.teamsAppId) return `${options.publicUrl}/tab/program/${encodeURIComponent(programId)}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `program:${programId}` }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/my-mentoring?context=${context}`;
}

/** The tab's "New program" flow, the same way. */
export function newProgramLink(options: { teamsAppId?: string; publicUrl: string }): string {
  if (!options.teamsAppId) return `${options.publicUrl}/tab/programs/new`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: "new-program" }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/my-mentoring?context=${context}`;
}

/**
 * The person's 1:1 chat with Baton in Teams (`users=28:{bot app id}`), for "open the form Baton sent
 * you"; null without a bot app id (local runs, where there is no Teams chat to open).
 */
export function botChatLink(botAppId: string | undefined): string | null {
  return botAppId ? `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botAppId)}` : null;
}
