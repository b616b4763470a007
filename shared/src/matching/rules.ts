import type { MatchingInput, MatchingParticipant } from "./types";

/** The hard rules, one pair at a time (used for locks and "why not"); the solver uses a bulk form. */
export interface RuleBook {
  byId: Map<string, MatchingParticipant>;
  ended: Set<string>;
  excluded: Set<string>;
}

export function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

export function buildRuleBook(input: MatchingInput): RuleBook {
  const byId = new Map<string, MatchingParticipant>();
  for (const p of input.participants) byId.set(p.id, p);
  const ended = new Set<string>();
  for (const e of input.endedPairs ?? []) {
    ended.add(pairKey(e.menteeId, e.mentorId));
    ended.add(pairKey(e.mentorId, e.menteeId));
  }
  const excluded = new Set<string>();
  for (const e of input.excludedPairs ?? []) excluded.add(pairKey(e.menteeId, e.mentorId));
  return { byId, ended, excluded };
}

export function isActiveMentee(p: MatchingParticipant | undefined): boolean {
  return p !== undefined && p.status === "active" && p.roles.includes("mentee");
}

export function isActiveMentor(p: MatchingParticipant | undefined): boolean {
  return p !== undefined && p.status === "active" && p.roles.includes("mentor") && p.capacity > 0;
}

/** The first hard rule that forbids this pair, in words, or null when the pair is allowed. */
export function hardRuleViolation(book: RuleBook, menteeId: string, mentorId: string): string | null {
  const mentee = book.byId.get(menteeId);
  const mentor = book.byId.get(mentorId);
  if (!mentee) return `${menteeId} is not in this cohort`;
  if (!mentor) return `${mentorId} is not in this cohort`;
  if (menteeId === mentorId) return "a person is never matched with themself";
  if (!mentee.roles.includes("mentee")) return `${menteeId} has not joined as a mentee`;
  if (!mentor.roles.includes("mentor")) return `${mentorId} has not joined as a mentor`;
  if (mentee.status !== "active") return `${menteeId} has ${mentee.status === "paused" ? "paused" : "left"}`;
  if (mentor.status !== "active") return `${mentorId} has ${mentor.status === "paused" ? "paused" : "left"}`;
  if (mentor.capacity <= 0) return `${mentorId} has no mentoring capacity`;
  if (mentee.reportingLine.includes(mentorId)) return `${mentorId} is in ${menteeId}'s reporting line`;
  if (mentor.reportingLine.includes(menteeId)) return `${menteeId} is in ${mentorId}'s reporting line`;
  if (book.ended.has(pairKey(menteeId, mentorId))) return "this pair has already run and ended";
  if (book.excluded.has(pairKey(menteeId, mentorId))) return "a program owner excluded this pair";
  return null;
}
