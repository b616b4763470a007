import type { ReminderKind } from "../domain/reminder";

/** The order items appear in one message: what needs an answer first, then what is late. */
export const KIND_ORDER: readonly ReminderKind[] = [
  "check-in",
  "chemistry-check",
  "midpoint-survey",
  "final-survey",
  "action-overdue",
  "action-due",
  "session-due",
  "quiet-pair",
  "wrap-up",
  "escalation",
];

/** Groups due items by recipient, each group in message order, so one person gets one message. */
export function groupByRecipient<
  T extends { recipientId: string; kind: ReminderKind; idempotencyKey: string },
>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.recipientId) ?? [];
    list.push(item);
    groups.set(item.recipientId, list);
  }
  for (const list of groups.values())
    list.sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.idempotencyKey.localeCompare(b.idempotencyKey),
    );
  return groups;
}
