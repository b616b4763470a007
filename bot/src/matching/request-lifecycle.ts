import {
  MAX_MENTEES,
  buildMentorDirectory,
  defaultWorkingHours,
  matchingStatusOf,
  nextWorkingInstant,
  requestAlternatives,
  requestDaysOf,
  safeTimeZone,
  type MentorRequestDocument,
  type OutboxEntryDocument,
  type ProgramDocument,
} from "@baton/shared";
import { readerFor } from "../cards/reader";
import type { DocumentWrite } from "../data/document-store";
import { isConflict } from "../data/is-conflict";
import { mentorRequestCard, requestEndedCard, type RequestEnd } from "../features/matching/matching-cards";
import { systemClock, type Clock } from "../services/actor";
import type { MatchingDeps } from "./pair-creation";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

type Scheduled = OutboxEntryDocument["purpose"] & { programId: string; requestId: string; menteeId: string };
const scheduled = (entry: OutboxEntryDocument): Scheduled | undefined =>
  "requestId" in entry.purpose ? (entry.purpose as Scheduled) : undefined;

/**
 * No mentor request waits forever (issue 12 item 4, ADR 0020). A request gets an expiry date and
 * exactly one reminder to the mentor, both scheduled in the durable outbox (leases, send ledger);
 * a request to a mentor who fills their places or stops mentoring is closed at once. Whenever a
 * request ends without an answer the mentee is told kindly and shown other mentors with free places.
 */
export class RequestLifecycle {
  constructor(
    private readonly deps: MatchingDeps,
    private readonly clock: Clock = systemClock,
  ) {}

  private get repo() {
    return this.deps.repos.matching;
  }

  /** When a request made now expires. */
  expiryOf(program: ProgramDocument, createdAt: Date): Date {
    return new Date(createdAt.getTime() + requestDaysOf(program) * DAY_MS);
  }

  /**
   * Schedules the reminder (3 days before expiry, at least a day after asking, moved into the
   * mentor's working hours while that stays before expiry) and the expiry. Once per request id.
   * Returns when the expiry is due (ISO): the one scheduled first, if an earlier call for the same
   * request scheduled it (another instance, or a run cut short); undefined without `expiresAt`.
   */
  async schedule(request: MentorRequestDocument): Promise<string | undefined> {
    if (!request.expiresAt) return undefined;
    const expiresAt = new Date(request.expiresAt);
    const created = Date.parse(request.createdAt);
    const days = Math.round((expiresAt.getTime() - created) / DAY_MS);
    const remindAt = new Date(created + Math.max(1, days - 3) * DAY_MS);
    const { profile, prefs } = await this.deps.repos.rhythm.recipient(request.tenantId, request.mentorId);
    const working = nextWorkingInstant(
      remindAt,
      safeTimeZone(profile?.timeZone),
      prefs?.workingHours ?? defaultWorkingHours,
    );
    const at = working.getTime() < expiresAt.getTime() - HOUR_MS ? working : remindAt;
    const purpose = {
      programId: request.programId,
      requestId: request.requestId,
      menteeId: request.menteeId,
    };
    // The message is written when its time comes (prepare handlers below); this text is a placeholder.
    await this.deps.queue.schedule(
      {
        tenantId: request.tenantId,
        userId: request.mentorId,
        idempotencyKey: `mentor-request-reminder:${request.requestId}`,
        message: { text: `${request.menteeName} is waiting for your answer.` },
      },
      { kind: "mentor-request-reminder", ...purpose },
      at,
    );
    const expiry = await this.deps.queue.schedule(
      {
        tenantId: request.tenantId,
        userId: request.menteeId,
        idempotencyKey: `mentor-request-expiry:${request.requestId}`,
        message: { text: "Your mentor request expired." },
      },
      { kind: "mentor-request-expiry", ...purpose },
      expiresAt,
    );
    // An entry that was tried already has moved its time on; its first time is no longer known.
    return expiry.state === "queued" && expiry.attempts === 0 ? expiry.nextAttemptAt : request.expiresAt;
  }

  /** The reminder's time came: still waiting → the request card again, with "Reminder" and the expiry. */
  readonly remind = async (
    entry: OutboxEntryDocument,
  ): Promise<OutboxEntryDocument["message"] | "cancel"> => {
    const p = scheduled(entry);
    if (!p) return "cancel";
    const request = await this.repo.getRequest(entry.tenantId, p.programId, p.menteeId);
    if (!request || request.requestId !== p.requestId || request.status !== "pending" || request.pairId)
      return "cancel";
    // A mentor who filled up meanwhile (a close that was missed): close it now instead of reminding.
    if (await this.closeIfUnavailable(entry.tenantId, p.programId, request.mentorId)) return "cancel";
    const [program, enrolment, seats, reader] = await Promise.all([
      this.deps.repos.tenants.getProgram(entry.tenantId, p.programId),
      this.repo.getEnrolment(entry.tenantId, p.programId, request.mentorId),
      this.repo.getSeats(entry.tenantId, p.programId, request.mentorId),
      readerFor(this.deps.repos, entry.tenantId, request.mentorId),
    ]);
    const free = Math.min(MAX_MENTEES, enrolment?.capacity ?? 0) - (seats?.mentorPairIds.length ?? 0);
    return {
      text: `Reminder: ${request.menteeName} is waiting for your answer.`,
      card: mentorRequestCard(request, program?.name ?? "your program", Math.max(0, free), reader, true),
    };
  };

  /** The expiry's time came: a request still waiting expires (ETag), and the mentee is told. */
  readonly expire = async (
    entry: OutboxEntryDocument,
  ): Promise<OutboxEntryDocument["message"] | "cancel"> => {
    const p = scheduled(entry);
    if (!p) return "cancel";
    for (let attempt = 0; attempt < 3; attempt++) {
      const request = await this.repo.getRequest(entry.tenantId, p.programId, p.menteeId);
      if (!request || request.requestId !== p.requestId) return "cancel";
      // Expired by an earlier try whose message did not go out: tell the mentee now.
      if (request.status === "expired") return { card: await this.endedCard(request, "expired") };
      if (request.status !== "pending" || request.pairId) return "cancel";
      try {
        const saved = await this.repo.replace<MentorRequestDocument>(
          { ...request, status: "expired", decidedAt: this.clock.now().toISOString() },
          request._etag ?? "",
        );
        return { card: await this.endedCard(saved, "expired") };
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    return "cancel";
  };

  /**
   * After any write of a person's seats or enrolment in a program (approval, accepted request,
   * owner's pick, capacity lowered, pause, leave): requests to them as a mentor close if they have
   * no free place or stopped mentoring; their own request as a mentee closes quietly once they have
   * a mentor. Cheap when nothing applies: two point reads.
   */
  readonly onWrite = async ({ tenantId, pk, id }: DocumentWrite): Promise<void> => {
    const program = /\|program:([^|]+)$/.exec(pk)?.[1];
    const person = /^(seats|enrolment):(.+)$/.exec(id);
    if (!program || !person?.[2]) return;
    const userId = decodeURIComponent(person[2]);
    await this.closeIfUnavailable(tenantId, program, userId);
    if (person[1] === "seats") await this.closeOwnIfMatched(tenantId, program, userId);
  };

  /** Closes every unclaimed pending request to `mentorId` when they cannot take one; true if any closed. */
  async closeIfUnavailable(tenantId: string, programId: string, mentorId: string): Promise<boolean> {
    const [enrolment, seats] = await Promise.all([
      this.repo.getEnrolment(tenantId, programId, mentorId),
      this.repo.getSeats(tenantId, programId, mentorId),
    ]);
    const now = this.clock.now();
    const away =
      !enrolment?.matching ||
      !enrolment.roles.includes("mentor") ||
      matchingStatusOf(enrolment, now) !== "active";
    const full =
      !away && (seats?.mentorPairIds.length ?? 0) >= Math.min(MAX_MENTEES, enrolment?.capacity ?? 0);
    if (!away && !full) return false;
    const pending = (await this.repo.pendingRequestsTo(tenantId, programId, mentorId)).filter(
      (r) => !r.pairId,
    );
    let closed = false;
    for (const request of pending)
      if (await this.close(request, away ? "mentor-unavailable" : "mentor-full")) closed = true;
    return closed;
  }

  private async closeOwnIfMatched(tenantId: string, programId: string, menteeId: string): Promise<void> {
    const seats = await this.repo.getSeats(tenantId, programId, menteeId);
    if (!seats?.menteePairId) return;
    const own = await this.repo.getRequest(tenantId, programId, menteeId);
    if (!own || own.status !== "pending" || own.pairId) return;
    await this.replace(own, "mentee-matched");
  }

  private async replace(
    request: MentorRequestDocument,
    reason: NonNullable<MentorRequestDocument["closedReason"]>,
  ): Promise<MentorRequestDocument | undefined> {
    try {
      return await this.repo.replace<MentorRequestDocument>(
        { ...request, status: "closed", closedReason: reason, decidedAt: this.clock.now().toISOString() },
        request._etag ?? "",
      );
    } catch (error) {
      // Answered, withdrawn or closed by someone else a moment ago: theirs stands.
      if (isConflict(error)) return undefined;
      throw error;
    }
  }

  /** Closes one request (ETag) and tells the mentee, through the delivery queue, once per request. */
  private async close(request: MentorRequestDocument, why: Exclude<RequestEnd, "expired">): Promise<boolean> {
    const saved = await this.replace(request, why);
    if (!saved) return false;
    await this.deps.queue.sendOrQueue(
      {
        tenantId: saved.tenantId,
        userId: saved.menteeId,
        idempotencyKey: `mentor-request-closed:${saved.requestId}`,
        message: { card: await this.endedCard(saved, why) },
      },
      { kind: "other" },
    );
    return true;
  }

  /** The mentee's card: what happened, and other mentors with free places for their wanted skills. */
  private async endedCard(request: MentorRequestDocument, why: RequestEnd) {
    const [program, data, reader] = await Promise.all([
      this.deps.repos.tenants.getProgram(request.tenantId, request.programId),
      this.repo.load(request.tenantId, request.programId),
      readerFor(this.deps.repos, request.tenantId, request.menteeId),
    ]);
    const view = program
      ? buildMentorDirectory({
          program,
          enrolments: data.enrolments,
          seats: data.seats,
          history: data.history,
          exclusions: data.exclusions,
          requests: data.requests,
          viewerId: request.menteeId,
          now: this.clock.now(),
        })
      : null;
    return requestEndedCard({
      request,
      why,
      programName: program?.name ?? "your program",
      others: requestAlternatives(view, request.mentorId),
      reader,
    });
  }
}
