import type { ProgramDocument } from "../domain/program";

/** Send records, delivery-queue entries and due reminders older than this many days are purged. */
export const SEND_RECORD_RETENTION_DAYS = 90;

/**
 * When a closed program's personal data is erased: `closedAt` plus `retentionMonths` calendar months
 * (UTC; the 31st of a shorter month becomes its last day), or `null` while the program is not closed.
 */
export function retentionDueAt(
  program: Pick<ProgramDocument, "closedAt" | "retentionMonths" | "status">,
): string | null {
  if (!program.closedAt) return null;
  const closed = new Date(program.closedAt);
  const months = program.retentionMonths ?? 12;
  const target = new Date(
    Date.UTC(
      closed.getUTCFullYear(),
      closed.getUTCMonth() + months,
      1,
      closed.getUTCHours(),
      closed.getUTCMinutes(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(closed.getUTCDate(), lastDay));
  return target.toISOString();
}

/** True when the program is closed and its retention period has passed at `now`. */
export function isPastRetention(
  program: Pick<ProgramDocument, "closedAt" | "retentionMonths" | "status">,
  now: Date,
): boolean {
  const due = retentionDueAt(program);
  return due !== null && Date.parse(due) <= now.getTime();
}

/** What the owner's program page says about retention, e.g. "Personal data is erased on 2027-11-30 ...". */
export function retentionLine(
  program: Pick<ProgramDocument, "closedAt" | "retentionMonths" | "status">,
  erasedAt?: string,
): string {
  const months = program.retentionMonths ?? 12;
  if (erasedAt)
    return `Participants' personal data was erased on ${erasedAt.slice(0, 10)}; anonymous figures stay.`;
  const due = retentionDueAt(program);
  if (!due)
    return `Participants' personal data is kept for ${months} months after the program closes, then erased; anonymous figures stay.`;
  return `Participants' personal data will be erased on ${due.slice(0, 10)} (${months} months after the program closed); anonymous figures stay.`;
}
