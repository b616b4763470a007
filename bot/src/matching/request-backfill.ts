import {
  backfilledExpiry,
  needsBackfilledExpiry,
  requestDaysOf,
  type MentorRequestDocument,
  type ProgramDocument,
} from "@baton/shared";
import { isConflict } from "../data/is-conflict";
import type { Repositories } from "../data/repositories";
import { systemClock, type Clock } from "../services/actor";
import type { RequestLifecycle } from "./request-lifecycle";

/**
 * Requests made before expiry existed (ADR 0020, "Requests made before expiry existed"): a pending
 * request without `expiresAt` is given one (`backfilledExpiry`: its normal date, at least three days
 * from now) and its reminder and expiry are scheduled, once.
 *
 * Safe on several instances and after a crash: the outbox entries are scheduled first (once per
 * request id; a second scheduler gets the first one's time back), then `expiresAt` is written with
 * a conditional replace on the request's ETag. A crash in between leaves the request without
 * `expiresAt`, so the next run finds it again and writes the time already scheduled. A request
 * answered, withdrawn or closed meanwhile makes the replace fail; it is re-read and left alone (its
 * scheduled entries cancel themselves when due). Cheap when there is nothing to do: per tenant one
 * query of the tenant partition (its programs), per program one single-partition query returning
 * nothing.
 */
export class RequestBackfill {
  constructor(
    private readonly repos: Repositories,
    private readonly lifecycle: RequestLifecycle,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Every known tenant; returns how many requests were given an expiry by this run. */
  async runOnce(): Promise<number> {
    let given = 0;
    for (const tenantId of await this.repos.reminders.tenants()) given += await this.runTenant(tenantId);
    return given;
  }

  /** One tenant's programs; returns how many requests were given an expiry. */
  async runTenant(tenantId: string): Promise<number> {
    let given = 0;
    for (const program of await this.repos.programs.list(tenantId)) {
      const waiting = await this.repos.matching.pendingRequestsWithoutExpiry(tenantId, program.programId);
      for (const request of waiting) if (await this.giveExpiry(program, request)) given++;
    }
    return given;
  }

  /** Schedules, then writes `expiresAt` (ETag); true when this call wrote it. */
  private async giveExpiry(program: ProgramDocument, found: MentorRequestDocument): Promise<boolean> {
    let request: MentorRequestDocument | undefined = found;
    for (let attempt = 0; attempt < 3 && request && needsBackfilledExpiry(request); attempt++) {
      const candidate = backfilledExpiry(request.createdAt, requestDaysOf(program), this.clock.now());
      const expiresAt = await this.lifecycle.schedule({ ...request, expiresAt: candidate.toISOString() });
      try {
        await this.repos.matching.replace<MentorRequestDocument>(
          { ...request, expiresAt: expiresAt ?? candidate.toISOString() },
          request._etag ?? "",
        );
        return true;
      } catch (error) {
        if (!isConflict(error)) throw error;
        request = await this.repos.matching.getRequest(request.tenantId, request.programId, request.menteeId);
        if (request?.requestId !== found.requestId) return false;
      }
    }
    return false;
  }
}
