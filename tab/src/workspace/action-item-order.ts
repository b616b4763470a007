import type { ActionItemDocument } from "@baton/shared";

/** Open items first (earliest due first, undated last), then done items, most recently done first. */
export function orderActionItems(items: readonly ActionItemDocument[]): ActionItemDocument[] {
  return [...items].sort((a, b) => {
    if (a.done !== b.done) return a.done ? 1 : -1;
    if (!a.done) {
      if (a.dueDate !== b.dueDate) {
        if (!a.dueDate) return 1;
        if (!b.dueDate) return -1;
        return a.dueDate.localeCompare(b.dueDate);
      }
      return a.createdAt.localeCompare(b.createdAt);
    }
    return (b.doneAt ?? b.updatedAt).localeCompare(a.doneAt ?? a.updatedAt);
  });
}
