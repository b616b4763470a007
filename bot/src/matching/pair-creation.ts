import { createHash } from "node:crypto";
import {
  documentIds,
  draftTerms,
  newAgreement,
  type MatchFacts,
  type MembershipDocument,
  type PairDocument,
  type PairMember,
  type IntroductionState,
  type OutboxEntryDocument,
  type ProgramDocument,
} from "@baton/shared";
import type { ProactiveMessage, ProactiveOutcome, ProactiveSender } from "../bot/proactive-sender";
import type { DeliveryQueue } from "../rhythm/delivery-queue";
import type { Repositories } from "../data/repositories";
import { isConflict } from "../data/is-conflict";
import { introductionCard } from "../features/matching/matching-cards";

/** Everything approval, mentor requests and the chemistry check need besides the data. */
export interface MatchingDeps {
  repos: Repositories;
  sender: ProactiveSender;
  /** The durable delivery queue: introductions and mentor requests are retried later, never lost. */
  queue: DeliveryQueue;
  /** Where a pair's workspace opens (the tab), for links in cards. */
  pairUrl: (pairId: string) => string;
  /** After a pair changes (created, chemistry answered, ended): the owners' pair-status projection. */
  pairChanged?: (tenantId: string, pairId: string) => Promise<void>;
}

/** The same mentee, mentor and program always give the same pair id, so a retry never duplicates. */
export function matchPairId(programId: string, menteeId: string, mentorId: string): string {
  const hash = createHash("sha256").update(`${programId}\u0000${menteeId}\u0000${mentorId}`).digest("hex");
  return `m-${hash.slice(0, 24)}`;
}

const MONTHS = { "3-months": 3, "6-months": 6, "12-months": 12, evergreen: 12 } as const;

/** The agreement runs from today to the cohort's end, or for the program's duration when that is past. */
export function agreementDates(program: ProgramDocument, now: Date): { start: string; end: string } {
  const start = now.toISOString().slice(0, 10);
  if (program.cohortEnd && program.cohortEnd > start) return { start, end: program.cohortEnd };
  const end = new Date(now);
  end.setUTCMonth(end.getUTCMonth() + MONTHS[program.duration]);
  return { start, end: end.toISOString().slice(0, 10) };
}

async function createOnce<T>(create: () => Promise<T>): Promise<void> {
  try {
    await create();
  } catch (error) {
    if (!isConflict(error)) throw error;
  }
}

export interface NewPair {
  tenantId: string;
  program: ProgramDocument;
  mentee: { userId: string; displayName: string };
  mentor: { userId: string; displayName: string };
  reasons: readonly string[];
  /** What is true of the match, for words addressed to each member. */
  facts?: MatchFacts;
  by: string;
  now: Date;
}

/**
 * Creates the pair, both memberships and the draft agreement from the program's template. Every
 * create that meets an existing document counts as done, so a retried approval completes what an
 * interrupted one began.
 */
export async function createMatchedPair(deps: MatchingDeps, p: NewPair): Promise<PairDocument> {
  const { repos } = deps;
  const pairId = matchPairId(p.program.programId, p.mentee.userId, p.mentor.userId);
  const at = p.now.toISOString();
  const pk = repos.pairs.pk(p.tenantId, pairId);
  const pair: PairDocument = {
    id: documentIds.pair(),
    pk,
    tenantId: p.tenantId,
    type: "pair",
    pairId,
    programId: p.program.programId,
    members: [
      { userId: p.mentor.userId, role: "mentor", displayName: p.mentor.displayName || p.mentor.userId },
      { userId: p.mentee.userId, role: "mentee", displayName: p.mentee.displayName || p.mentee.userId },
    ],
    status: "active",
    matchReasons: p.reasons.slice(0, 10).map((r) => r.slice(0, 200)),
    ...(p.facts ? { matchFacts: p.facts } : {}),
    createdAt: at,
    updatedAt: at,
  };
  await createOnce(() => repos.pairs.create(pair));
  const [mentorMember, menteeMember] = pair.members as [PairMember, PairMember];
  for (const [me, other] of [
    [mentorMember, menteeMember],
    [menteeMember, mentorMember],
  ] as const) {
    const membership: MembershipDocument = {
      id: documentIds.membership(pairId),
      pk: repos.people.pk(p.tenantId, me.userId),
      tenantId: p.tenantId,
      type: "membership",
      userId: me.userId,
      pairId,
      programId: p.program.programId,
      role: me.role,
      partnerId: other.userId,
      partnerName: other.displayName,
      status: "active",
      createdAt: at,
    };
    await createOnce(() => repos.people.createMembership(membership));
  }
  const dates = agreementDates(p.program, p.now);
  const agreement = newAgreement(
    { id: documentIds.agreement(), pk, tenantId: p.tenantId, pairId },
    draftTerms(p.program, dates.start, dates.end),
    p.by,
    at,
  );
  await createOnce(() => repos.pairs.create(agreement));
  // The rhythm planner walks this roster: without it the new pair would get no reminders.
  await repos.reminders.enrolPair(p.tenantId, pairId, p.program.programId, at);
  await deps.pairChanged?.(p.tenantId, pairId);
  return (await repos.pairs.getPair(p.tenantId, pairId)) ?? pair;
}

/** The introduction messages of a pair, one per member (`intro:{pairId}:{userId}`). */
function introductionMessages(
  deps: MatchingDeps,
  pair: PairDocument,
  programName: string,
): ProactiveMessage[] {
  return pair.members.map((me) => ({
    tenantId: pair.tenantId,
    userId: me.userId,
    idempotencyKey: `intro:${pair.pairId}:${me.userId}`,
    message: {
      text: `You have a new mentoring match in ${programName}.`,
      card: introductionCard({
        pair,
        me,
        programName,
        pairUrl: deps.pairUrl(pair.pairId),
      }),
    },
  }));
}

/**
 * Puts both introductions in the delivery queue (they go out with the next drain, and are retried
 * if Teams is slow or down); approval does not wait for Teams.
 */
export async function queueIntroductions(
  deps: MatchingDeps,
  pair: PairDocument,
  programName: string,
): Promise<IntroductionState> {
  const purpose = { kind: "introduction" as const, programId: pair.programId, pairId: pair.pairId };
  const entries = await Promise.all(
    introductionMessages(deps, pair, programName).map((m) => deps.queue.enqueue(m, purpose)),
  );
  return introductionState(entries);
}

/** Both sent → sent; any failed → failed; otherwise queued. */
export function introductionState(entries: readonly OutboxEntryDocument[]): IntroductionState {
  if (entries.some((e) => e.state === "failed")) return "failed";
  return entries.length > 0 && entries.every((e) => e.state === "sent") ? "sent" : "queued";
}

/** Both members get their introduction card now, once each (`intro:{pairId}:{userId}`). */
export async function sendIntroductions(
  deps: MatchingDeps,
  pair: PairDocument,
  programName: string,
): Promise<Record<string, ProactiveOutcome>> {
  const outcomes: Record<string, ProactiveOutcome> = {};
  for (const m of introductionMessages(deps, pair, programName))
    outcomes[m.userId] = await deps.sender.send(m);
  return outcomes;
}

/** Both introductions now, each kept in the delivery queue if Teams defers it (retried later). */
export async function sendIntroductionsOrQueue(
  deps: MatchingDeps,
  pair: PairDocument,
  programName: string,
): Promise<void> {
  const purpose = { kind: "introduction" as const, programId: pair.programId, pairId: pair.pairId };
  for (const m of introductionMessages(deps, pair, programName)) await deps.queue.sendOrQueue(m, purpose);
}
