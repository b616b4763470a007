import {
  approveProposalsInput,
  conflict,
  describeMatch,
  matchingIds,
  fitScale,
  matchFactsOf,
  matchingStatusOf,
  parseInput,
  startMatchRunInput,
  toMatchingInput,
  unmatchedInWords,
  updateProposalInput,
  validationError,
  whyNotInWords,
  whyNotQuery,
  type ApproveResult,
  type ExclusionDocument,
  type MatchAssignment,
  type MatchingResult,
  type MatchingStateDocument,
  type MatchingView,
  type MatchRunDocument,
  type ProgramDocument,
  type ProposalDocument,
  type ProposalView,
  type IntroductionState,
  type OutboxEntryDocument,
  rhythmKeys,
  type WhyNotView,
  cutText,
} from "@baton/shared";
import type { ProgramMatchingData } from "../data/matching-repository";
import { isConflict } from "../data/is-conflict";
import { newId, systemClock, type Actor, type Clock } from "../services/actor";
import { requireOwner } from "./owner-access";
import {
  createMatchedPair,
  introductionState,
  matchPairId,
  queueIntroductions,
  type MatchingDeps,
} from "./pair-creation";
import { pickedProposal } from "./pick-mentor";
import { reserveSeats } from "./seats";
import { solveInWorker, type MatchingSolver } from "./solve-in-worker";
import { whyNotInWorker, type WhyNotSolver } from "./why-not-in-worker";
import { retryOnConflict } from "../data/retry-on-conflict";

/** A run older than this is taken to have died with its server; another may start. */
const RUN_LEASE_MS = 10 * 60_000;
/** Up to this many participants, "why not" re-solves with the pair forced for the exact cost. */
const EXACT_WHY_NOT_LIMIT = 2000;

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/**
 * The program owner's match review: run the engine over the cohort (in a worker thread), see
 * proposals with scores and reasons and who is left unmatched and why, lock, exclude, re-run, and
 * approve. Approval creates the pair, memberships and draft agreement, then introduces both people.
 */
export class MatchingService {
  constructor(
    private readonly deps: MatchingDeps,
    private readonly clock: Clock = systemClock,
    private readonly solve: MatchingSolver = solveInWorker,
    private readonly explain: WhyNotSolver = whyNotInWorker,
  ) {}

  private get repo() {
    return this.deps.repos.matching;
  }

  async view(actor: Actor, programId: string): Promise<MatchingView> {
    const program = await requireOwner(this.deps.repos, actor, programId);
    const [data, introductions] = await Promise.all([
      this.repo.load(actor.tenantId, programId),
      this.introductions(actor.tenantId, programId),
    ]);
    return this.buildView(program, data, introductions);
  }

  /** Per approved pair of the program, where its introductions stand (one outbox query). */
  private async introductions(tenantId: string, programId: string): Promise<Map<string, IntroductionState>> {
    const entries = await this.deps.repos.store.queryPartition<OutboxEntryDocument>(
      tenantId,
      rhythmKeys.outbox(tenantId),
      "c.type = 'outboxEntry' AND c.purpose.kind = 'introduction' AND c.purpose.programId = @programId",
      [{ name: "@programId", value: programId }],
      "",
      500,
    );
    const byPair = new Map<string, OutboxEntryDocument[]>();
    for (const e of entries)
      if (e.purpose.kind === "introduction")
        byPair.set(e.purpose.pairId, [...(byPair.get(e.purpose.pairId) ?? []), e]);
    return new Map([...byPair].map(([pairId, list]) => [pairId, introductionState(list)]));
  }

  private latestRunId(data: ProgramMatchingData): string | undefined {
    return data.state?.latestRunId;
  }

  private buildView(
    program: ProgramDocument,
    data: ProgramMatchingData,
    introductions = new Map<string, IntroductionState>(),
  ): MatchingView {
    const now = this.clock.now();
    const names = new Map(data.enrolments.map((e) => [e.userId, e.displayName || e.userId]));
    const name = (id: string) => names.get(id) ?? id;
    const seats = new Map(data.seats.map((s) => [s.userId, s]));
    const latest = this.latestRunId(data);
    const run = data.runs.find((r) => r.runId === latest);
    const skillName = new Map(program.skills.map((s) => [s.id, s.name]));
    const current = data.proposals.filter((p) =>
      p.status === "approved"
        ? p.pairId !== undefined && seats.get(p.menteeId)?.menteePairId === p.pairId
        : p.runId === latest && !seats.get(p.menteeId)?.menteePairId,
    );
    const proposals: ProposalView[] = current
      .filter((p) => p.status !== "unmatched" && p.mentorId)
      .map((p) => {
        const view = toProposalView(p, name, skillName);
        const intro = p.pairId ? introductions.get(p.pairId) : undefined;
        return intro ? { ...view, introduction: intro } : view;
      })
      .sort((a, b) => b.score - a.score || a.menteeName.localeCompare(b.menteeName));
    const unmatched = current
      .filter((p) => p.status === "unmatched")
      .map((p) => ({
        menteeId: p.menteeId,
        menteeName: name(p.menteeId),
        reason: p.unmatchedReason ?? "no-eligible-mentor",
        message: p.message ?? "",
        bestAlternative: p.bestAlternative
          ? { ...p.bestAlternative, mentorName: name(p.bestAlternative.mentorId) }
          : null,
      }))
      .sort((a, b) => a.menteeName.localeCompare(b.menteeName));
    const inRun = new Set(current.map((p) => p.menteeId));
    const waiting = data.enrolments
      .filter(
        (e) =>
          e.roles.includes("mentee") &&
          e.matching &&
          matchingStatusOf(e, now) === "active" &&
          !seats.get(e.userId)?.menteePairId &&
          !inRun.has(e.userId),
      )
      .map((e) => ({ userId: e.userId, displayName: name(e.userId) }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const mentors = data.enrolments
      .filter((e) => e.roles.includes("mentor") && e.matching)
      .map((e) => ({
        userId: e.userId,
        displayName: name(e.userId),
        capacity: e.capacity,
        taken: seats.get(e.userId)?.mentorPairIds.length ?? 0,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const running = Boolean(
      data.state?.running && Date.parse(data.state.running.startedAt) > now.getTime() - RUN_LEASE_MS,
    );
    return {
      programId: program.programId,
      programName: program.name,
      running,
      run: run
        ? {
            runId: run.runId,
            mode: run.mode,
            startedBy: run.startedBy,
            startedAt: run.startedAt,
            finishedAt: run.finishedAt,
            durationMs: run.durationMs,
            summary: run.summary,
            rejectedLocks: run.rejectedLocks,
          }
        : null,
      proposals,
      unmatched,
      waiting,
      mentors,
    };
  }

  /** The engine's input for the cohort as a run sees it: the latest run's locks, exclusions, ended pairs, seats. */
  private cohortInput(program: ProgramDocument, data: ProgramMatchingData, now: Date) {
    const latest = this.latestRunId(data);
    const locks = data.proposals
      .filter((p) => p.status === "locked" && p.runId === latest && p.mentorId)
      .map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId as string }));
    return toMatchingInput({
      program,
      enrolments: data.enrolments,
      seats: data.seats,
      exclusions: data.exclusions,
      history: data.history,
      locks,
      now,
    });
  }

  /**
   * Why a mentee is not matched with a given mentor: the cohort is rebuilt and solved (certify) as a
   * run would, and the engine's answer is put in words with names. Exact cost for small cohorts only.
   */
  async whyNot(actor: Actor, programId: string, query: unknown): Promise<WhyNotView> {
    const program = await requireOwner(this.deps.repos, actor, programId);
    const { menteeId, mentorId } = parseInput(whyNotQuery, query ?? {});
    const data = await this.repo.load(actor.tenantId, programId);
    const enrolment = (id: string) => data.enrolments.find((e) => e.userId === id);
    const mentee = enrolment(menteeId);
    const mentor = enrolment(mentorId);
    if (!mentee?.roles.includes("mentee"))
      throw validationError("menteeId", `menteeId: ${menteeId} is not a mentee in this program.`);
    if (!mentor?.roles.includes("mentor"))
      throw validationError("mentorId", `mentorId: ${mentorId} is not a mentor in this program.`);
    const { input } = this.cohortInput(program, data, this.clock.now());
    const answer = await this.explain(input, {
      menteeId,
      mentorId,
      exact: input.participants.length <= EXACT_WHY_NOT_LIMIT,
    });
    const names = Object.fromEntries(data.enrolments.map((e) => [e.userId, e.displayName || e.userId]));
    return {
      menteeId,
      menteeName: names[menteeId] ?? menteeId,
      mentorId,
      mentorName: names[mentorId] ?? mentorId,
      kind: answer.kind,
      message: whyNotInWords(answer, names),
      score: answer.score ?? null,
      costAtLeast: answer.costAtLeast ?? null,
      exactCost: answer.exactCost ?? null,
    };
  }

  /** Runs matching for the whole cohort; one run per program at a time. */
  async run(actor: Actor, programId: string, body: unknown): Promise<MatchingView> {
    const program = await requireOwner(this.deps.repos, actor, programId);
    const { mode } = parseInput(startMatchRunInput, body ?? {});
    const started = this.clock.now();
    const runId = newId();
    const data = await this.repo.load(actor.tenantId, programId);
    let state = await this.claimRun(actor, program, data.state, runId, started);
    try {
      const { input, context } = this.cohortInput(program, data, started);
      const result = await this.solve(input, { mode });
      const finished = this.clock.now();
      const at = finished.toISOString();
      const base = {
        pk: this.repo.pk(actor.tenantId, programId),
        tenantId: actor.tenantId,
        programId,
        runId,
        updatedBy: actor.userId,
        updatedAt: at,
      };
      const byId = new Map(input.participants.map((p) => [p.id, p]));
      const toDoc = (a: MatchAssignment): ProposalDocument => ({
        ...base,
        id: matchingIds.proposal(a.menteeId),
        type: "matchProposal",
        menteeId: a.menteeId,
        mentorId: a.mentorId,
        status: a.locked ? "locked" : "proposed",
        score: a.score,
        parts: a.parts,
        reasons: describeMatch(a, context, program.skills).map((r) => cutText(r, 300, "…")),
        sharedSkillIds: a.coveredSkills.flatMap((c) => {
          const id = context.skillIds[c.skill];
          return id ? [id] : [];
        }),
        sharedGoals: a.sharedGoals.slice(0, 50),
        overlapMinutesPerWeek: a.overlapMinutesPerWeek,
        timezoneDifferenceMinutes: a.timezoneDifferenceMinutes,
        sameTeam: a.sameTeam,
        facts: matchFactsOf(a, context, program.skills),
      });
      const docs: ProposalDocument[] = [
        ...result.assignments.map(toDoc),
        ...result.unmatched
          .filter((u) => byId.get(u.menteeId)?.status !== "left")
          .map((u): ProposalDocument => ({
            ...base,
            id: matchingIds.proposal(u.menteeId),
            type: "matchProposal",
            menteeId: u.menteeId,
            status: "unmatched",
            score: 0,
            reasons: [],
            sharedSkillIds: [],
            sharedGoals: [],
            overlapMinutesPerWeek: 0,
            timezoneDifferenceMinutes: 0,
            sameTeam: false,
            unmatchedReason: u.reason,
            message: unmatchedInWords(u, input, context, program.skills).slice(0, 500),
            ...(u.bestAlternative ? { bestAlternative: u.bestAlternative } : {}),
          })),
      ];
      await inBatches(docs, 16, (d) => this.repo.upsert(d));
      const written = new Set(docs.map((d) => d.menteeId));
      const stale = data.proposals.filter((p) => p.status !== "approved" && !written.has(p.menteeId));
      await inBatches(stale, 16, (p) => this.repo.delete(actor.tenantId, programId, p.id));
      const runDoc: MatchRunDocument = {
        id: matchingIds.run(runId),
        pk: base.pk,
        tenantId: actor.tenantId,
        type: "matchRun",
        programId,
        runId,
        mode,
        startedBy: actor.userId,
        startedAt: started.toISOString(),
        finishedAt: at,
        durationMs: Math.max(0, finished.getTime() - started.getTime()),
        summary: summaryOf(result, input.participants.length),
        rejectedLocks: result.rejectedLocks
          .slice(0, 200)
          .map((l) => ({ ...l, reason: cutText(l.reason, 300, "…") })),
      };
      await this.repo.create(runDoc);
      const { running: _done, ...rest } = state;
      state = await this.repo.replace<MatchingStateDocument>(
        { ...rest, latestRunId: runId, updatedAt: at },
        state._etag ?? "",
      );
    } catch (error) {
      await this.releaseRun(state).catch(() => undefined);
      throw error;
    }
    return this.view(actor, programId);
  }

  private async claimRun(
    actor: Actor,
    program: ProgramDocument,
    current: MatchingStateDocument | undefined,
    runId: string,
    now: Date,
  ): Promise<MatchingStateDocument> {
    const busy = () =>
      conflict("A matching run is already in progress for this program. Wait for it to finish, then reload.");
    if (current?.running && Date.parse(current.running.startedAt) > now.getTime() - RUN_LEASE_MS)
      throw busy();
    const at = now.toISOString();
    const running = { runId, startedAt: at, by: actor.userId };
    try {
      if (current?._etag)
        return await this.repo.replace({ ...current, running, updatedAt: at }, current._etag);
      return await this.repo.create<MatchingStateDocument>({
        id: matchingIds.state(),
        pk: this.repo.pk(actor.tenantId, program.programId),
        tenantId: actor.tenantId,
        type: "matchingState",
        programId: program.programId,
        running,
        updatedAt: at,
      });
    } catch (error) {
      if (isConflict(error)) throw busy();
      throw error;
    }
  }

  private async releaseRun(state: MatchingStateDocument): Promise<void> {
    const { running: _gone, ...rest } = state;
    await this.repo.replace<MatchingStateDocument>(
      { ...rest, updatedAt: this.clock.now().toISOString() },
      state._etag ?? "",
    );
  }

  /** The owner picks a mentor for an unmatched mentee: a locked proposal of the latest run. */
  async pick(actor: Actor, programId: string, menteeId: string, body: unknown): Promise<ProposalView> {
    const program = await requireOwner(this.deps.repos, actor, programId);
    const data = await this.repo.load(actor.tenantId, programId);
    const doc = pickedProposal({
      program,
      data,
      menteeId,
      body,
      by: actor.userId,
      pk: this.repo.pk(actor.tenantId, programId),
      now: this.clock.now(),
    });
    const saved = await this.repo.upsert(doc);
    const names = new Map(data.enrolments.map((e) => [e.userId, e.displayName || e.userId]));
    return toProposalView(
      saved,
      (id) => names.get(id) ?? id,
      new Map(program.skills.map((s) => [s.id, s.name])),
    );
  }

  /** Lock, exclude, or put back to "proposed" (undoing either). Needs the proposal's ETag. */
  async updateProposal(
    actor: Actor,
    programId: string,
    menteeId: string,
    body: unknown,
  ): Promise<ProposalView> {
    const program = await requireOwner(this.deps.repos, actor, programId);
    const input = parseInput(updateProposalInput, body);
    const data = await this.repo.load(actor.tenantId, programId);
    if (
      data.state?.running &&
      Date.parse(data.state.running.startedAt) > this.clock.now().getTime() - RUN_LEASE_MS
    )
      throw conflict("A matching run is in progress. Wait for it to finish, then reload and try again.");
    const proposal = data.proposals.find((p) => p.menteeId === menteeId);
    if (
      !proposal ||
      proposal.runId !== this.latestRunId(data) ||
      proposal.status === "unmatched" ||
      !proposal.mentorId
    )
      throw validationError("menteeId", `${menteeId} has no proposal in the latest run.`);
    if (proposal.status === "approved")
      throw validationError("status", "This match is approved already; it can't be locked or excluded.");
    const at = this.clock.now().toISOString();
    const saved = await this.repo.replace<ProposalDocument>(
      { ...proposal, status: input.status, updatedBy: actor.userId, updatedAt: at },
      input.etag,
    );
    const exclusion: ExclusionDocument = {
      id: matchingIds.exclusion(menteeId, proposal.mentorId),
      pk: this.repo.pk(actor.tenantId, programId),
      tenantId: actor.tenantId,
      type: "matchExclusion",
      programId,
      menteeId,
      mentorId: proposal.mentorId,
      by: actor.userId,
      at,
    };
    if (input.status === "excluded") await this.repo.upsert(exclusion);
    else if (proposal.status === "excluded") await this.repo.delete(actor.tenantId, programId, exclusion.id);
    const names = new Map(data.enrolments.map((e) => [e.userId, e.displayName || e.userId]));
    return toProposalView(
      saved,
      (id) => names.get(id) ?? id,
      new Map(program.skills.map((s) => [s.id, s.name])),
    );
  }

  /** Approves some or all proposals of the latest run, one at a time, each all-or-nothing. */
  async approve(actor: Actor, programId: string, body: unknown): Promise<ApproveResult> {
    const program = await requireOwner(this.deps.repos, actor, programId);
    const input = parseInput(approveProposalsInput, body);
    const data = await this.repo.load(actor.tenantId, programId);
    const latest = this.latestRunId(data);
    const byMentee = new Map(data.proposals.map((p) => [p.menteeId, p]));
    const approvable = (p: ProposalDocument | undefined) =>
      p !== undefined &&
      p.mentorId !== undefined &&
      (p.status === "approved" ||
        (p.runId === latest && p.status !== "unmatched" && p.status !== "excluded"));
    let chosen: ProposalDocument[];
    if (input.all) {
      chosen = data.proposals.filter(
        (p) => p.runId === latest && (p.status === "proposed" || p.status === "locked"),
      );
    } else {
      const ids = input.menteeIds ?? [];
      chosen = ids.map((id, i) => {
        const p = byMentee.get(id);
        if (!approvable(p)) {
          const why =
            p?.status === "excluded"
              ? "is excluded; put it back to proposed first"
              : "has no proposal in the latest run";
          throw validationError(`menteeIds.${i}`, `menteeIds.${i}: ${id} ${why}.`);
        }
        return p as ProposalDocument;
      });
    }
    const enrolments = new Map(data.enrolments.map((e) => [e.userId, e]));
    const results: ApproveResult["results"] = [];
    for (const proposal of chosen) {
      const menteeId = proposal.menteeId;
      const mentorId = proposal.mentorId as string;
      if (proposal.status === "approved") {
        results.push({
          menteeId,
          outcome: "already-approved",
          pairId: proposal.pairId ?? null,
          message: "Approved already.",
        });
        continue;
      }
      const now = this.clock.now();
      const mentee = enrolments.get(menteeId);
      const mentor = enrolments.get(mentorId);
      const skip = (message: string) => results.push({ menteeId, outcome: "skipped", pairId: null, message });
      if (!mentee || matchingStatusOf(mentee, now) !== "active") {
        skip(`${mentee?.displayName ?? menteeId} has paused or left since the run.`);
        continue;
      }
      if (!mentor || matchingStatusOf(mentor, now) !== "active" || !mentor.roles.includes("mentor")) {
        skip(`${mentor?.displayName ?? mentorId} is not taking mentees now (paused or left since the run).`);
        continue;
      }
      const pairId = matchPairId(programId, menteeId, mentorId);
      const seat = await reserveSeats(
        this.repo,
        { tenantId: actor.tenantId, programId, menteeId, mentorId, pairId, capacity: mentor.capacity },
        now.toISOString(),
      );
      if (!seat.ok) {
        skip(
          seat.reason === "mentee-has-mentor"
            ? `${mentee.displayName} has a mentor already (matched since the run).`
            : `${mentor.displayName} has no free place left. Re-run matching to find another mentor.`,
        );
        continue;
      }
      const pair = await createMatchedPair(this.deps, {
        tenantId: actor.tenantId,
        program,
        mentee: { userId: menteeId, displayName: mentee.displayName },
        mentor: { userId: mentorId, displayName: mentor.displayName },
        reasons: proposal.reasons,
        ...(proposal.facts ? { facts: proposal.facts } : {}),
        by: actor.userId,
        now,
      });
      await this.markApproved(actor, programId, menteeId, pairId);
      const introduction = await queueIntroductions(this.deps, pair, program.name);
      results.push({
        menteeId,
        outcome: "approved",
        pairId,
        introduction,
        message: "Approved; the introductions are on their way.",
      });
    }
    // Introductions go out after the answer, through the delivery queue (retried if Teams is down).
    if (results.some((r) => r.outcome === "approved"))
      void this.deps.queue.drain(actor.tenantId).catch((e: unknown) => console.warn("Introductions", e));
    const introductions = await this.introductions(actor.tenantId, programId);
    for (const r of results)
      if (r.outcome === "already-approved" && r.pairId) {
        const state = introductions.get(r.pairId);
        if (state) r.introduction = state;
      }
    const view = this.buildView(program, await this.repo.load(actor.tenantId, programId), introductions);
    return { results, view };
  }

  private async markApproved(actor: Actor, programId: string, menteeId: string, pairId: string) {
    await retryOnConflict(async () => {
      const current = await this.repo.getProposal(actor.tenantId, programId, menteeId);
      if (!current || current.status === "approved") return;
      const at = this.clock.now().toISOString();
      await this.repo.replace<ProposalDocument>(
        {
          ...current,
          status: "approved",
          pairId,
          approvedBy: actor.userId,
          approvedAt: at,
          updatedBy: actor.userId,
          updatedAt: at,
        },
        current._etag ?? "",
      );
    });
  }
}

function toProposalView(
  p: ProposalDocument,
  name: (id: string) => string,
  skillName: Map<string, string>,
): ProposalView {
  return {
    menteeId: p.menteeId,
    menteeName: name(p.menteeId),
    mentorId: p.mentorId ?? "",
    mentorName: name(p.mentorId ?? ""),
    status: p.status === "unmatched" ? "proposed" : p.status,
    score: p.score,
    parts: p.parts ?? null,
    fit: p.parts ? fitScale(p.parts) : null,
    warning:
      p.sharedSkillIds.length === 0
        ? `${name(p.mentorId ?? "")} offers none of the skills ${name(p.menteeId)} wants to learn. Matching never proposes such a pair; approve it only if you mean to.`
        : null,
    reasons: p.reasons,
    sharedSkills: p.sharedSkillIds.map((skillId) => ({ skillId, name: skillName.get(skillId) ?? skillId })),
    sharedGoals: p.sharedGoals,
    overlapMinutesPerWeek: p.overlapMinutesPerWeek,
    timezoneDifferenceMinutes: p.timezoneDifferenceMinutes,
    sameTeam: p.sameTeam,
    pairId: p.pairId ?? null,
    runId: p.runId,
    etag: p._etag ?? "",
  };
}

function summaryOf(result: MatchingResult, people: number): MatchRunDocument["summary"] {
  return {
    mentees: result.stats.mentees,
    mentors: result.stats.mentors,
    matched: result.assignments.length,
    unmatched: result.unmatched.length,
    locked: result.assignments.filter((a) => a.locked).length,
    totalScore: result.totalScore,
    dualBound: result.certificate.dual,
    gapPercent: result.certificate.gapPercent,
    optimal: result.certificate.optimal,
    blockingPairs: result.stability.blockingPairs,
    stabilityExact: result.stability.exact || people === 0,
  };
}
