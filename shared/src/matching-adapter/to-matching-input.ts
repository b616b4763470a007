import { activeSkills, resolveSkillId } from "../programs/taxonomy-edits";
import type { EnrolmentDocument } from "../intake/intake-documents";
import type { ProgramDocument } from "../domain/program";
import type { ExclusionDocument, PairHistoryDocument, SeatsDocument } from "../domain/matching-documents";
import type {
  MatchingInput,
  MatchingParticipant,
  MatchingStatus,
  PairRef,
  ScoreWeights,
  SkillClaimRef,
} from "../matching/types";
import { goalKeywordWords, goalKeywords } from "./goal-keywords";
import { toUtcSlots, utcOffsetAt } from "./time-zone";

/** Everything of a program's partition that matching reads, plus the program itself. */
export interface MatchingCohort {
  program: ProgramDocument;
  enrolments: readonly EnrolmentDocument[];
  seats?: readonly SeatsDocument[];
  exclusions?: readonly ExclusionDocument[];
  history?: readonly PairHistoryDocument[];
  /** Pairs an owner locked (from the latest run's proposals). */
  locks?: readonly PairRef[];
  now: Date;
}

/** Where each participant came from, to turn the engine's answer back into words. */
export interface MatchingContext {
  /** Skill ids by their index in the engine's input. */
  skillIds: string[];
  names: Record<string, string>;
  /** The readable word behind each goal key ("kubernete" → "Kubernetes"); taxonomy spelling first. */
  goalWords: Record<string, string>;
}

/** A paused enrolment whose return date has passed counts as active. */
export function matchingStatusOf(e: EnrolmentDocument, now: Date): MatchingStatus | null {
  if (e.status === "started") return null;
  if (e.status === "left") return "left";
  if (e.status === "paused") return e.pausedUntil && e.pausedUntil <= now.toISOString() ? "active" : "paused";
  return "active";
}

function weightsOf(program: ProgramDocument): Partial<ScoreWeights> | undefined {
  const w = program.matchingWeights;
  if (!w) return undefined;
  return {
    skill: w.skill,
    goal: w.goal,
    availability: w.availability,
    timezone: w.timeZone,
    style: w.style,
    team: w.crossTeam,
  };
}

/**
 * A program's cohort as the engine's input (pure). People who have not finished intake are left
 * out; someone already mentored in a live pair is not a mentee again; a mentor's capacity is what
 * their live pairs leave. A mentee's goal tags are the keywords of their goals; a mentor's are the
 * words of the skills they offer plus the keywords of their own goals.
 */
export function toMatchingInput(cohort: MatchingCohort): { input: MatchingInput; context: MatchingContext } {
  // Retired skills are not matched on; claims of a merged skill count for the skill it merged into.
  const skillIds = activeSkills(cohort.program.skills).map((s) => s.id);
  const skillIndex = new Map(skillIds.map((id, i) => [id, i]));
  const skillWords = new Map(cohort.program.skills.map((s) => [s.id, goalKeywords(`${s.name} ${s.id}`)]));
  const goalWords: Record<string, string> = {};
  const remember = (text: string) => {
    for (const { key, word } of goalKeywordWords(text, 200)) goalWords[key] ??= word;
  };
  for (const s of cohort.program.skills) remember(`${s.name} ${s.id}`);
  const seats = new Map((cohort.seats ?? []).map((s) => [s.userId, s]));
  const names: Record<string, string> = {};
  const claims = (list: readonly { skillId: string; level: number }[]): SkillClaimRef[] =>
    list.flatMap((c) => {
      const skill = skillIndex.get(resolveSkillId(cohort.program.skills, c.skillId));
      return skill === undefined ? [] : [{ skill, level: c.level }];
    });

  const participants: MatchingParticipant[] = [];
  for (const e of cohort.enrolments) {
    const status = matchingStatusOf(e, cohort.now);
    const m = e.matching;
    if (!status || !m) continue;
    names[e.userId] = e.displayName;
    const seat = seats.get(e.userId);
    const roles = e.roles.filter((r) => !(r === "mentee" && seat?.menteePairId));
    const mentoring = roles.includes("mentor");
    const offset = utcOffsetAt(m.timeZone, cohort.now);
    remember(m.goals);
    const goals = new Set(goalKeywords(m.goals));
    if (mentoring) for (const c of m.offer) for (const w of skillWords.get(c.skillId) ?? []) goals.add(w);
    participants.push({
      id: e.userId,
      roles,
      team: m.team,
      reportingLine: m.reportingLine.filter((id) => id !== e.userId),
      learn: roles.includes("mentee") ? claims(m.learn) : [],
      offer: mentoring ? claims(m.offer) : [],
      goals: [...goals].slice(0, 50),
      availability: toUtcSlots(m.availability, offset).slice(0, 100),
      utcOffsetMinutes: Math.max(-840, Math.min(840, offset)),
      styles: m.styles,
      teamPreference: m.teamPreference,
      capacity: mentoring ? Math.max(0, e.capacity - (seat?.mentorPairIds.length ?? 0)) : 0,
      status,
    });
  }
  const present = new Set(participants.map((p) => p.id));
  const known = (p: PairRef) => present.has(p.menteeId) && present.has(p.mentorId);
  const pairs = (list: readonly PairRef[] | undefined) =>
    (list ?? []).map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId })).filter(known);
  const weights = weightsOf(cohort.program);
  return {
    input: {
      participants,
      endedPairs: pairs(cohort.history),
      excludedPairs: pairs(cohort.exclusions),
      lockedPairs: pairs(cohort.locks),
      ...(weights ? { weights } : {}),
    },
    context: { skillIds, names, goalWords },
  };
}
