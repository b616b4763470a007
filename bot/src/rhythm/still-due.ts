import {
  documentIds,
  dueWork,
  rhythmIds,
  type ActionItemDocument,
  type PairDocument,
  type ReminderDocument,
  type SessionDocument,
} from "@baton/shared";
import type { Repositories } from "../data/repositories";
import type { PairSnapshotLoader } from "./pair-snapshot-loader";

/**
 * Whether a planned reminder still holds at send time (the session may have been checked in, the
 * item done, the pair closed). Point reads where the kind allows (1 RU each); the cadence kinds,
 * which depend on all the pair's sessions, re-run the due computation on one pair query.
 */
export class StillDue {
  private readonly pairs = new Map<string, Promise<PairDocument | undefined>>();

  constructor(
    private readonly repos: Repositories,
    private readonly loader: PairSnapshotLoader,
  ) {}

  private pair(tenantId: string, pairId: string) {
    const key = `${tenantId}|${pairId}`;
    let p = this.pairs.get(key);
    if (!p) {
      p = this.repos.pairs.getPair(tenantId, pairId);
      this.pairs.set(key, p);
    }
    return p;
  }

  async check(r: ReminderDocument, now: Date): Promise<boolean> {
    const pair = await this.pair(r.tenantId, r.pairId);
    if (!pair) return false;
    // A closing pair still gets its wrap-up and end survey; nothing else goes to a pair out of "active".
    if (pair.status === "closing")
      return (
        (r.kind === "wrap-up" || r.kind === "final-survey") &&
        pair.members.some((m) => m.userId === r.recipientId)
      );
    if (pair.status !== "active") return false;
    const s = r.subject;
    switch (r.kind) {
      case "check-in": {
        const sessionId = String(s.sessionId ?? "");
        const [session, answered] = await Promise.all([
          this.repos.pairs.read<SessionDocument>(r.tenantId, r.pairId, documentIds.session(sessionId)),
          this.repos.store.read(r.tenantId, pair.pk, rhythmIds.checkIn(sessionId, r.recipientId)),
        ]);
        return Boolean(session && session.met === undefined && !answered);
      }
      case "action-due":
      case "action-overdue": {
        const item = await this.repos.pairs.read<ActionItemDocument>(
          r.tenantId,
          r.pairId,
          documentIds.actionItem(String(s.actionItemId ?? "")),
        );
        return Boolean(item && !item.done && item.dueDate === s.dueDate && item.ownerId === r.recipientId);
      }
      case "chemistry-check":
      case "midpoint-survey":
      case "final-survey":
      case "wrap-up":
        return pair.members.some((m) => m.userId === r.recipientId);
      case "session-due":
      case "quiet-pair":
      case "escalation": {
        const snapshot = await this.loader.load(r.tenantId, r.pairId);
        return Boolean(snapshot && dueWork(snapshot, now).some((d) => d.key === r.idempotencyKey));
      }
    }
  }
}
