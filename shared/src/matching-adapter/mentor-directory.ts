import type { MentorDirectoryEntry, MentorDirectoryView } from "../api/matching-api";
import type {
  ExclusionDocument,
  MentorRequestDocument,
  PairHistoryDocument,
  SeatsDocument,
} from "../domain/matching-documents";
import type { ProgramDocument } from "../domain/program";
import type { EnrolmentDocument } from "../intake/intake-documents";
import { explainPairs } from "../matching/explain-pairs";
import type { PairExplanation } from "../matching/types";
import { fitScale, hoursWords, listWords, matchFactsOf, reasonsIn } from "./match-facts";
import { matchingStatusOf, toMatchingInput, type MatchingContext } from "./to-matching-input";

/** What the directory reads: the program and its partition's enrolments, seats and matching records. */
export interface MentorDirectoryInput {
  program: ProgramDocument;
  enrolments: readonly EnrolmentDocument[];
  seats: readonly SeatsDocument[];
  history: readonly PairHistoryDocument[];
  exclusions: readonly ExclusionDocument[];
  requests: readonly MentorRequestDocument[];
  viewerId: string;
  now: Date;
  /** Only mentors who offer this skill. */
  skillId?: string;
}

/** A mentor never takes more than three mentees, whatever their enrolment says. */
export const MAX_MENTEES = 3;

/**
 * Why a mentor fits the person reading, in the second person, strongest part first. Only parts
 * that scored and are worth naming appear; goal words are spelt as written.
 */
export function describeFit(
  pair: PairExplanation,
  context: Pick<MatchingContext, "skillIds"> & Partial<Pick<MatchingContext, "goalWords">>,
  skills: ProgramDocument["skills"],
): string[] {
  return reasonsIn(matchFactsOf(pair, context, skills), {
    skill: (f) =>
      `Offers ${listWords(f.skills)}, which you want to learn${f.levelMet ? ", at the level you aim for or above" : ""}.`,
    goal: (f) => `Your goals overlap on ${listWords(f.goals)}.`,
    availability: (f) => `You are both free for about ${hoursWords(f.overlapMinutesPerWeek)} a week.`,
    nearZone: "Works in your time zone.",
    zoneApart: (m) => `Their time zone is ${hoursWords(m)} from yours.`,
    style: (f) => `Likes ${listWords(f.styles)} mentoring, as you do.`,
    sameTeam: "Works in your team, as you prefer.",
    crossTeam: "Works in another team, as preferred: a fresh view.",
  });
}

/** Whether the viewer may send a request now, and if not, why (the server refuses the same cases). */
function viewerState(
  me: EnrolmentDocument,
  input: MentorDirectoryInput,
): { canAsk: boolean; reason: string | null } {
  const no = (reason: string) => ({ canAsk: false, reason });
  if (!me.matching || me.status === "started")
    return no("Finish joining this program (your profile) before you ask someone to mentor you.");
  if (!me.roles.includes("mentee"))
    return no(
      "You joined this program to mentor others. To find a mentor for yourself, add a skill you want to learn to your profile.",
    );
  if (matchingStatusOf(me, input.now) !== "active")
    return no("You have paused your participation. Resume it on My profile to ask someone.");
  if (input.seats.find((s) => s.userId === me.userId)?.menteePairId)
    return no("You already have a mentor in this program.");
  const pending = input.requests.find((r) => r.menteeId === me.userId && r.status === "pending");
  if (pending) return no(`You asked ${pending.mentorName} already. Wait for their answer first.`);
  return { canAsk: true, reason: null };
}

/** A mentor the viewer could ask, with what they offer (the viewer's wanted skills first). */
export interface MentorCandidate {
  e: EnrolmentDocument;
  offers: { skillId: string; name: string; level: number }[];
  freePlaces: number;
}

/** What `mentorCandidates` reads: the directory's input, with an optional set of people to scan. */
export type MentorCandidatesInput = Omit<MentorDirectoryInput, "viewerId"> & {
  viewerId: string;
  only?: ReadonlySet<string>;
};

/**
 * The test `mentorCandidates` applies to each enrolment, set up once for the viewer (pure): the
 * candidate an enrolment makes, or undefined. Lets a caller test people in an order of its own and
 * stop when it has enough. The viewer's enrolment is looked up in `input.enrolments`.
 */
export function mentorCandidateTest(
  input: MentorCandidatesInput,
): (e: EnrolmentDocument) => MentorCandidate | undefined {
  const { program, viewerId, now } = input;
  const me = input.enrolments.find((e) => e.userId === viewerId);
  const taken = new Map(input.seats.map((s) => [s.userId, s.mentorPairIds.length]));
  const skillNames = new Map(program.skills.map((s) => [s.id, s.name]));
  const myLine = new Set(me?.matching?.reportingLine ?? []);
  const blocked = new Set<string>();
  for (const h of input.history) {
    if (h.menteeId === viewerId) blocked.add(h.mentorId);
    if (h.mentorId === viewerId) blocked.add(h.menteeId);
  }
  for (const x of input.exclusions) if (x.menteeId === viewerId) blocked.add(x.mentorId);
  // People the viewer mentors now are not offered as their mentor too.
  const mentoring = new Set(input.seats.find((s) => s.userId === viewerId)?.mentorPairIds ?? []);
  for (const s of input.seats) if (s.menteePairId && mentoring.has(s.menteePairId)) blocked.add(s.userId);
  const wanted = new Set(me?.matching?.learn.map((c) => c.skillId) ?? me?.wanted ?? []);

  return (e) => {
    const m = e.matching;
    if (input.only && !input.only.has(e.userId)) return undefined;
    if (e.userId === viewerId || !m || !e.roles.includes("mentor")) return undefined;
    if (matchingStatusOf(e, now) !== "active") return undefined;
    const freePlaces = Math.min(MAX_MENTEES, e.capacity) - (taken.get(e.userId) ?? 0);
    if (freePlaces <= 0) return undefined;
    if (myLine.has(e.userId) || m.reportingLine.includes(viewerId) || blocked.has(e.userId)) return undefined;
    const offers = m.offer
      .filter((c) => skillNames.has(c.skillId))
      .map((c) => ({ skillId: c.skillId, name: skillNames.get(c.skillId) ?? c.skillId, level: c.level }))
      .sort((a, b) => Number(wanted.has(b.skillId)) - Number(wanted.has(a.skillId)));
    if (input.skillId && !offers.some((o) => o.skillId === input.skillId)) return undefined;
    return { e, offers, freePlaces };
  };
}

/**
 * The mentors `viewerId` may ask (pure): active mentors with free places, without the viewer, anyone
 * in the viewer's reporting line (either direction), pairs that ended, pairs an owner excluded, or
 * people the viewer mentors now. A viewer who is not enrolled sees every active mentor with places
 * (`me` undefined: no reporting line or history applies). `only` limits the scan to these people.
 */
export function mentorCandidates(input: MentorCandidatesInput): MentorCandidate[] {
  const test = mentorCandidateTest(input);
  return input.enrolments.flatMap((e) => test(e) ?? []);
}

/**
 * The mentor directory for one participant (pure): active mentors with free places, without the
 * viewer, anyone in the viewer's reporting line (either direction), pairs that ended, pairs an
 * owner excluded, or people the viewer mentors now; each with what they offer and, when the viewer can be matched as a mentee, the
 * engine's fit score with reasons. Best fit first. Returns null when the viewer is not a participant.
 */
export function buildMentorDirectory(input: MentorDirectoryInput): MentorDirectoryView | null {
  const { program, viewerId, now } = input;
  const me = input.enrolments.find((e) => e.userId === viewerId);
  if (!me || me.status === "left") return null;

  const wanted = new Set(me.matching?.learn.map((c) => c.skillId) ?? me.wanted);
  const skillNames = new Map(program.skills.map((s) => [s.id, s.name]));
  const candidates = mentorCandidates(input);

  const { input: cohort, context } = toMatchingInput({
    program,
    enrolments: input.enrolments,
    seats: input.seats,
    exclusions: input.exclusions,
    history: input.history,
    now,
  });
  const fits = explainPairs(
    cohort,
    viewerId,
    candidates.map((c) => c.e.userId),
  );
  const mentors: MentorDirectoryEntry[] = candidates
    .map(({ e, offers, freePlaces }) => {
      const fit = fits.get(e.userId);
      return {
        userId: e.userId,
        displayName: e.displayName || e.userId,
        role: e.matching?.role ?? "",
        team: e.matching?.team ?? "",
        offers,
        freePlaces,
        fit: fit
          ? { score: fit.score, reasons: describeFit(fit, context, program.skills), ...fitScale(fit.parts) }
          : null,
      };
    })
    .sort(
      (a, b) => (b.fit?.score ?? -1) - (a.fit?.score ?? -1) || a.displayName.localeCompare(b.displayName),
    );

  return {
    programId: program.programId,
    programName: program.name,
    skills: program.skills.map((s) => ({ skillId: s.id, name: s.name, group: s.group })),
    wanted: [...wanted].filter((id) => skillNames.has(id)),
    skill: input.skillId ?? null,
    viewer: { ...viewerState(me, input), mentor: me.roles.includes("mentor") },
    mentors,
  };
}
