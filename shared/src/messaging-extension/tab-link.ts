/**
 * The pair a pasted Baton link points to (pure), or undefined: the tab's own URL
 * (`https://<tab domain>/tab/pair/<id>`, on one of `tabHosts`) or a Teams deep link to the personal
 * tab whose context names `pair:<id>` as its sub-entity (what `pairLink` writes).
 */
export function pairIdFromLink(link: string, tabHosts: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const valid = (id: string | undefined) => (id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined);
  if (tabHosts.includes(url.host)) {
    const match = /^\/tab\/pair\/([^/]+)\/?$/.exec(url.pathname);
    try {
      return valid(match?.[1] ? decodeURIComponent(match[1]) : undefined);
    } catch {
      return undefined;
    }
  }
  if (url.host === "teams.microsoft.com" && url.pathname.startsWith("/l/entity/")) {
    try {
      const context = JSON.parse(url.searchParams.get("context") ?? "{}") as { subEntityId?: unknown };
      const sub = typeof context.subEntityId === "string" ? context.subEntityId : "";
      return sub.startsWith("pair:") ? valid(sub.slice(5)) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
