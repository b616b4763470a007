import {
  describeMatch,
  explainPair,
  matchFactsOf,
  matchingIds,
  matchingStatusOf,
  parseInput,
  pickMentorInput,
  solveMatching,
  toMatchingInput,
  validationError,
  whyNotInWords,
  type ProgramDocument,
  type ProposalDocument,
} from "@baton/shared";
import type { ProgramMatchingData } from "../data/matching-repository";

/**
 * The owner picks a mentor for a mentee left unmatched (or waiting): the pair is checked against
 * the hard rules and the mentor's free places, scored and explained like a run's pair, and kept as
 * a locked proposal of the latest run, ready to approve. A pair that covers none of the mentee's
 * wanted skills is allowed here (the owner forces it); the review shows a warning on it.
 */
export function pickedProposal(p: {
  program: ProgramDocument;
  data: ProgramMatchingData;
  menteeId: string;
  body: unknown;
  by: string;
  pk: string;
  now: Date;
}): ProposalDocument {
  const { mentorId } = parseInput(pickMentorInput, p.body);
  const { data, menteeId, now } = p;
  const runId = data.state?.latestRunId;
  if (!runId) throw validationError("menteeId", "Run matching first; then pick a mentor for who is left.");
  const mentee = data.enrolments.find((e) => e.userId === menteeId);
  if (!mentee?.matching || !mentee.roles.includes("mentee") || matchingStatusOf(mentee, now) !== "active")
    throw validationError("menteeId", `${menteeId} is not an active mentee in this program.`);
  if (data.seats.find((s) => s.userId === menteeId)?.menteePairId)
    throw validationError("menteeId", `${mentee.displayName} has a mentor already.`);
  const current = data.proposals.find((x) => x.menteeId === menteeId);
  if (current && current.runId === runId && current.status !== "unmatched")
    throw validationError(
      "menteeId",
      `${mentee.displayName} has a proposed mentor in this run; lock, exclude or approve that instead.`,
    );
  const mentor = data.enrolments.find((e) => e.userId === mentorId);
  if (!mentor?.matching || !mentor.roles.includes("mentor"))
    throw validationError("mentorId", `mentorId: ${mentorId} is not a mentor in this program.`);
  const pair = { menteeId, mentorId };
  const { input, context } = toMatchingInput({
    program: p.program,
    enrolments: [mentee, mentor],
    seats: data.seats,
    exclusions: data.exclusions,
    history: data.history,
    locks: [pair],
    now,
  });
  const rejected = solveMatching(input, { mode: "fast" }).rejectedLocks[0];
  const names = { [menteeId]: mentee.displayName, [mentorId]: mentor.displayName };
  if (rejected)
    throw validationError(
      "mentorId",
      `mentorId: ${whyNotInWords({ kind: "hard-rule", message: rejected.reason }, names)}.`,
    );
  const explained = explainPair(input, menteeId, mentorId);
  if (!explained) throw validationError("mentorId", `mentorId: ${mentor.displayName} can't mentor now.`);
  const at = now.toISOString();
  return {
    id: matchingIds.proposal(menteeId),
    pk: p.pk,
    tenantId: mentee.tenantId,
    type: "matchProposal",
    programId: p.program.programId,
    runId,
    menteeId,
    mentorId,
    status: "locked",
    score: explained.score,
    parts: explained.parts,
    reasons: describeMatch(explained, context, p.program.skills).map((r) => r.slice(0, 300)),
    sharedSkillIds: explained.coveredSkills.flatMap((c) => {
      const id = context.skillIds[c.skill];
      return id ? [id] : [];
    }),
    sharedGoals: explained.sharedGoals.slice(0, 50),
    overlapMinutesPerWeek: explained.overlapMinutesPerWeek,
    timezoneDifferenceMinutes: explained.timezoneDifferenceMinutes,
    sameTeam: explained.sameTeam,
    facts: matchFactsOf(explained, context, p.program.skills),
    updatedBy: p.by,
    updatedAt: at,
  };
}
