/** Replaces the item with the same key (keeping its place) or appends it: local state follows the server's document. */
export function upsertBy<T, K extends keyof T>(items: readonly T[], item: T, key: K): T[] {
  const index = items.findIndex((existing) => existing[key] === item[key]);
  if (index < 0) return [...items, item];
  const next = [...items];
  next[index] = item;
  return next;
}
