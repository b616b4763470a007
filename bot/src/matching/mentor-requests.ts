import {
  answerMentorRequestInput,
  conflict,
  createMentorRequestInput,
  explainPair,
  matchFactsOf,
  matchingIds,
  matchingModeOf,
  matchingStatusOf,
  notFound,
  parseInput,
  readerReasons,
  solveMatching,
  toMatchingInput,
  validationError,
  withdrawMentorRequestInput,
  type MentorRequestDocument,
  type MentorRequestView,
  type ProgramDocument,
} from "@baton/shared";
import type { CardActionResult } from "../bot/turn";
import { isConflict } from "../data/is-conflict";
import { firstName, mentorRequestCard, noticeCard } from "../features/matching/matching-cards";
import { newId, systemClock, type Actor, type Clock } from "../services/actor";
import { createMatchedPair, matchPairId, sendIntroductionsOrQueue, type MatchingDeps } from "./pair-creation";
import { reserveSeats } from "./seats";
import { retryOnConflict } from "../data/retry-on-conflict";
import { RequestLifecycle } from "./request-lifecycle";
import { readerFor } from "../cards/reader";

/** For the mentor pressing a button on a request that ended without their answer: what happened. */
function endedWords(r: MentorRequestDocument, now: Date): string | undefined {
  const first = firstName(r.menteeName);
  if (r.status === "expired" || (r.status === "pending" && r.expiresAt && r.expiresAt <= now.toISOString()))
    return `${first}'s request expired before an answer came, so there is nothing to answer now. ${first} has been shown other mentors.`;
  if (r.status === "closed" && r.closedReason === "mentee-matched")
    return `${first} has found a mentor in the meantime. Thank you for being willing!`;
  if (r.status === "closed")
    return `This request closed because you had no free mentoring place (or weren't taking mentees) at the time. We let ${first} know kindly.`;
  return undefined;
}

/** The engine's hard-rule wording, for the person asking. */
function refusal(rule: string, mentorName: string): string {
  if (rule.includes("reporting line"))
    return "Mentoring inside your own reporting line isn't possible here. Pick someone outside it.";
  if (rule.includes("already run and ended"))
    return `You have been paired with ${mentorName} before. Pick someone new.`;
  if (rule.includes("excluded")) return `A pairing with ${mentorName} isn't available in this program.`;
  if (rule.includes("capacity") || rule.includes("full") || rule.includes("slots"))
    return `${mentorName} has no free mentoring place right now.`;
  if (rule.includes("paused") || rule.includes("left"))
    return `${mentorName} isn't taking mentees right now.`;
  return `${mentorName} can't be your mentor in this program.`;
}

export const toRequestView = (r: MentorRequestDocument): MentorRequestView => ({
  requestId: r.requestId,
  programId: r.programId,
  menteeId: r.menteeId,
  menteeName: r.menteeName,
  mentorId: r.mentorId,
  mentorName: r.mentorName,
  status: r.status,
  reasons: r.reasons,
  message: r.message ?? null,
  pairId: r.pairId ?? null,
  createdAt: r.createdAt,
  decidedAt: r.decidedAt ?? null,
  expiresAt: r.expiresAt ?? null,
  closedReason: r.closedReason ?? null,
});

/** A mentee asks for a specific mentor; the mentor accepts or declines from a card. */
export class MentorRequestService {
  /** Expiry, the one reminder, and closing requests to mentors who filled up (ADR 0020). */
  readonly lifecycle: RequestLifecycle;

  constructor(
    private readonly deps: MatchingDeps,
    private readonly clock: Clock = systemClock,
  ) {
    this.lifecycle = new RequestLifecycle(deps, clock);
  }

  private get repo() {
    return this.deps.repos.matching;
  }

  async create(actor: Actor, body: unknown): Promise<MentorRequestView & { delivery: string }> {
    const input = parseInput(createMentorRequestInput, body);
    const program = await this.deps.repos.tenants.getProgram(actor.tenantId, input.programId);
    if (!program) throw notFound("This program");
    if (matchingModeOf(program) === "owners-approve")
      throw validationError(
        "programId",
        "In this program the owners propose every match; you can't ask a mentor directly. Your match will come from them.",
      );
    const now = this.clock.now();
    const data = await this.repo.load(actor.tenantId, input.programId);
    const me = data.enrolments.find((e) => e.userId === actor.userId);
    if (!me || !me.matching || !me.roles.includes("mentee") || matchingStatusOf(me, now) !== "active")
      throw validationError(
        "programId",
        "Join this program as a mentee (and finish your profile) before asking for a mentor.",
      );
    const mentor = data.enrolments.find((e) => e.userId === input.mentorId);
    if (!mentor || !mentor.matching || !mentor.roles.includes("mentor"))
      throw validationError("mentorId", "This person isn't a mentor in this program.");
    const mySeats = data.seats.find((s) => s.userId === actor.userId);
    if (mySeats?.menteePairId)
      throw validationError("programId", "You already have a mentor in this program.");
    const theirPair = data.seats.find((s) => s.userId === mentor.userId)?.menteePairId;
    if (theirPair && mySeats?.mentorPairIds.includes(theirPair))
      throw validationError("mentorId", `You mentor ${mentor.displayName} already. Pick someone else.`);
    const existing = data.requests.find((r) => r.menteeId === actor.userId);
    if (existing?.status === "pending")
      throw validationError(
        "mentorId",
        `You already asked ${existing.mentorName}; wait for their answer first.`,
      );

    const pair = { menteeId: actor.userId, mentorId: input.mentorId };
    const { input: cohort, context } = toMatchingInput({
      program,
      enrolments: [me, mentor],
      seats: data.seats,
      exclusions: data.exclusions,
      history: data.history,
      locks: [pair],
      now,
    });
    const check = solveMatching(cohort, { mode: "fast" });
    const rejected = check.rejectedLocks[0];
    if (rejected) throw validationError("mentorId", refusal(rejected.reason, mentor.displayName));
    const explained = explainPair(cohort, pair.menteeId, pair.mentorId);
    const facts = explained ? matchFactsOf(explained, context, program.skills) : undefined;
    // The request card goes to the mentor: reasons addressed to them.
    const reasons = facts
      ? readerReasons(facts, "mentor", firstName(me.displayName || actor.displayName))
      : [];

    const requestId = newId();
    const doc: MentorRequestDocument = {
      id: matchingIds.mentorRequest(actor.userId),
      pk: this.repo.pk(actor.tenantId, program.programId),
      tenantId: actor.tenantId,
      type: "mentorRequest",
      programId: program.programId,
      requestId,
      menteeId: actor.userId,
      menteeName: me.displayName || actor.displayName,
      mentorId: mentor.userId,
      mentorName: mentor.displayName || mentor.userId,
      status: "pending",
      reasons: reasons.slice(0, 10).map((r) => r.slice(0, 300)),
      ...(facts ? { facts } : {}),
      ...(input.message ? { message: input.message } : {}),
      createdAt: now.toISOString(),
      expiresAt: this.lifecycle.expiryOf(program, now).toISOString(),
    };
    const saved = existing?._etag
      ? await this.repo.replace(doc, existing._etag)
      : await this.repo.create(doc);
    const taken = data.seats.find((s) => s.userId === mentor.userId)?.mentorPairIds.length ?? 0;
    // The mentor could not be messaged for good: take the request back so the mentee is not left
    // waiting on an answer that can never come.
    const takeBack = async (cause: unknown) => {
      const undo = existing
        ? this.repo.replace<MentorRequestDocument>(existing, saved._etag ?? "")
        : this.repo.delete(actor.tenantId, program.programId, saved.id);
      await undo.catch(() => undefined);
      console.error("Mentor request not delivered", cause);
      return validationError(
        "mentorId",
        `We couldn't reach ${mentor.displayName} in Teams, so nothing was sent. Try again later, or ask someone else.`,
      );
    };
    let delivery: string;
    try {
      // The reminder and the expiry are scheduled before the mentor hears of it: no request without an end.
      await this.lifecycle.schedule(saved);
      const reader = await readerFor(this.deps.repos, actor.tenantId, mentor.userId);
      // Through the delivery queue: a slow or failing Teams retries later; when it finally cannot be
      // delivered, the request shows "could not be delivered" to the mentee (`markUndeliverable`).
      delivery = await this.deps.queue.sendOrQueue(
        {
          tenantId: actor.tenantId,
          userId: mentor.userId,
          idempotencyKey: `mentor-request:${requestId}`,
          message: {
            text: `${doc.menteeName} would like you as their mentor.`,
            card: mentorRequestCard(saved, program.name, Math.max(0, mentor.capacity - taken), reader),
          },
        },
        { kind: "mentor-request", programId: program.programId, requestId, menteeId: actor.userId },
      );
    } catch (error) {
      throw await takeBack(error);
    }
    if (delivery === "failed") throw await takeBack("the channel refused the message");
    return { ...toRequestView(saved), delivery };
  }

  /** The caller's requests in a program: the one they made, and those made to them. */
  async mine(
    actor: Actor,
    programId: string,
  ): Promise<{ asMentee: MentorRequestView | null; asMentor: MentorRequestView[] }> {
    if (!programId) throw validationError("programId", "programId: name the program.");
    const data = await this.repo.load(actor.tenantId, programId);
    const own = data.requests.find((r) => r.menteeId === actor.userId);
    return {
      asMentee: own ? toRequestView(own) : null,
      asMentor: data.requests.filter((r) => r.mentorId === actor.userId).map(toRequestView),
    };
  }

  /**
   * The mentee takes back a request still waiting for an answer. The replace carries the ETag of
   * what was read, so a mentor answering at the same moment wins or loses cleanly, never both.
   */
  async withdraw(actor: Actor, requestId: string, body: unknown): Promise<MentorRequestView> {
    const { programId } = parseInput(withdrawMentorRequestInput, body);
    const request = await this.repo.getRequest(actor.tenantId, programId, actor.userId);
    if (!request || request.requestId !== requestId) throw notFound("This request");
    const answered = () =>
      conflict(`${request.mentorName} answered your request a moment ago. Reload to see the answer.`);
    // A pairId on a pending request means the mentor's acceptance is under way.
    if (request.status !== "pending" || request.pairId) {
      if (request.status === "withdrawn") return toRequestView(request);
      throw answered();
    }
    try {
      const saved = await this.repo.replace<MentorRequestDocument>(
        { ...request, status: "withdrawn", decidedAt: this.clock.now().toISOString() },
        request._etag ?? "",
      );
      return toRequestView(saved);
    } catch (error) {
      if (isConflict(error)) throw answered();
      throw error;
    }
  }

  /**
   * The mentor answers in the tab: the same path as the card's buttons, then the request as it is
   * now and what happened in words (a withdrawn or already answered request says so).
   */
  async answerInTab(
    actor: Actor,
    requestId: string,
    body: unknown,
  ): Promise<{ request: MentorRequestView; message: string }> {
    const input = parseInput(answerMentorRequestInput, body);
    const before = await this.repo.getRequest(actor.tenantId, input.programId, input.menteeId);
    if (!before || before.mentorId !== actor.userId || before.requestId !== requestId)
      throw notFound("This request");
    const result = await this.answer(actor, { ...input, requestId });
    const after = await this.repo.getRequest(actor.tenantId, input.programId, input.menteeId);
    const card = "card" in result ? (result.card as { body?: { text?: string }[] }) : undefined;
    const words = card?.body?.map((b) => b.text ?? "").filter(Boolean) ?? [];
    return {
      request: toRequestView(after ?? before),
      message: "message" in result ? result.message : (words[words.length - 1] ?? ""),
    };
  }

  /**
   * The mentor's answer from the card (verb `matching.request.answer`). The button carries no ETag,
   * so a write that loses a race starts the answer over from a fresh read (`retryOnConflict`): a
   * withdrawal or an earlier answer is then reported as such, and an unrelated change is not a failure.
   */
  answer(actor: Actor, data: Record<string, unknown>): Promise<CardActionResult> {
    return retryOnConflict(() => this.answerOnce(actor, data));
  }

  private async answerOnce(actor: Actor, data: Record<string, unknown>): Promise<CardActionResult> {
    const programId = typeof data.programId === "string" ? data.programId : "";
    const menteeId = typeof data.menteeId === "string" ? data.menteeId : "";
    const answer = data.answer === "accept" ? "accept" : data.answer === "decline" ? "decline" : undefined;
    if (!programId || !menteeId || !answer) return { message: "That button is no longer active." };
    const request = await this.repo.getRequest(actor.tenantId, programId, menteeId);
    if (!request || request.mentorId !== actor.userId || request.requestId !== data.requestId)
      return { message: "This request is no longer open." };
    if (request.status === "withdrawn")
      return {
        card: noticeCard(
          "No longer open",
          `${firstName(request.menteeName)} withdrew this request, so there is nothing to answer.`,
        ),
      };
    const now = this.clock.now();
    const ended = endedWords(request, now);
    if (ended) return { card: noticeCard("No longer open", ended) };
    if (request.status !== "pending")
      return {
        card: noticeCard(
          "Already answered",
          `You answered ${firstName(request.menteeName)}'s request already.`,
        ),
      };
    const program = await this.deps.repos.tenants.getProgram(actor.tenantId, programId);
    if (!program) return { message: "This program no longer exists." };
    const at = now.toISOString();
    let current = request;
    const decide = async (status: MentorRequestDocument["status"], pairId?: string) => {
      const { pairId: _claimed, ...rest } = current;
      try {
        return await this.repo.replace<MentorRequestDocument>(
          { ...rest, status, decidedAt: at, ...(pairId ? { pairId } : {}) },
          current._etag ?? "",
        );
      } catch (error) {
        if (isConflict(error)) return undefined;
        throw error;
      }
    };
    if (answer === "decline") {
      // A lost race starts over from a fresh read (see `answer`).
      const { pairId: _claimed, ...rest } = request;
      await this.repo.replace<MentorRequestDocument>(
        { ...rest, status: "declined", decidedAt: at },
        request._etag ?? "",
      );
      await this.tellMentee(request, program, "declined");
      return {
        card: noticeCard(
          "Thanks for letting us know",
          `We'll tell ${firstName(request.menteeName)} kindly that you can't take this on now. No reason is given.`,
        ),
      };
    }
    const enrolment = await this.repo.getEnrolment(actor.tenantId, programId, actor.userId);
    const pairId = matchPairId(programId, request.menteeId, request.mentorId);
    // Claim the request (still pending, with the pair it will become) before taking any place: a
    // withdrawal that got there first makes this fail, and one that comes later is refused.
    // A lost race starts over from a fresh read, which reports a withdrawal (see `answer`).
    current = await this.repo.replace<MentorRequestDocument>({ ...request, pairId }, request._etag ?? "");
    const seat = await reserveSeats(
      this.repo,
      {
        tenantId: actor.tenantId,
        programId,
        menteeId: request.menteeId,
        mentorId: actor.userId,
        pairId,
        capacity: enrolment?.capacity ?? 0,
      },
      at,
    );
    if (!seat.ok) {
      const full = seat.reason === "mentor-full";
      await decide(full ? "declined" : "withdrawn");
      if (full) await this.tellMentee(request, program, "declined");
      return {
        card: full
          ? noticeCard(
              "All your places are taken",
              `Your mentoring places are all in use, so we let ${firstName(request.menteeName)} know you can't take this on now.`,
            )
          : noticeCard(
              "Already matched",
              `${firstName(request.menteeName)} has found a mentor in the meantime. Thank you for being willing!`,
            ),
      };
    }
    const pair = await createMatchedPair(this.deps, {
      tenantId: actor.tenantId,
      program,
      mentee: { userId: request.menteeId, displayName: request.menteeName },
      mentor: { userId: actor.userId, displayName: request.mentorName },
      reasons:
        request.reasons.length > 0
          ? request.reasons
          : [`${firstName(request.menteeName)} asked for ${firstName(request.mentorName)} by name.`],
      ...(request.facts ? { facts: request.facts } : {}),
      by: actor.userId,
      now,
    });
    await decide("accepted", pairId);
    await sendIntroductionsOrQueue(this.deps, pair, program.name);
    return {
      card: noticeCard(
        `You're now mentoring ${request.menteeName}`,
        `We've introduced you both and set up your pair space with a draft agreement.`,
      ),
    };
  }

  /**
   * The request could not be delivered after every retry: the mentee's request says so (status
   * `undeliverable`), instead of waiting forever. A request answered meanwhile is left alone.
   */
  async markUndeliverable(tenantId: string, programId: string, menteeId: string, requestId: string) {
    await retryOnConflict(async () => {
      const request = await this.repo.getRequest(tenantId, programId, menteeId);
      if (!request?._etag || request.requestId !== requestId || request.status !== "pending") return;
      await this.repo.replace<MentorRequestDocument>(
        { ...request, status: "undeliverable", decidedAt: this.clock.now().toISOString() },
        request._etag,
      );
    });
  }

  private async tellMentee(request: MentorRequestDocument, program: ProgramDocument, _why: "declined") {
    await this.deps.sender.send({
      tenantId: request.tenantId,
      userId: request.menteeId,
      idempotencyKey: `mentor-request-declined:${request.requestId}`,
      message: {
        card: noticeCard(
          "About your mentor request",
          `${firstName(request.mentorName)} can't take on a new mentee right now. That says nothing about you. You can ask someone else, or wait for the next matching round in ${program.name}.`,
        ),
      },
    });
  }
}
