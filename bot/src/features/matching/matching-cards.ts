import {
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  formatInstantFor,
  introductionLine,
  listWords,
  readerReasons,
  type MentorDirectoryEntry,
  type MentorRequestDocument,
  type PairDocument,
  type PairMember,
  type Reader,
} from "@baton/shared";
import chemistryTemplate from "./cards/chemistry-check.json";
import introductionTemplate from "./cards/introduction.json";
import requestTemplate from "./cards/mentor-request.json";
import noticeTemplate from "./cards/notice.json";
import endedTemplate from "./cards/request-ended.json";
import { renderCard, type CardJson } from "../../cards/render-card";

export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/**
 * "Meet your mentor" / "Meet your mentee", addressed to the reader: why they were matched (from
 * the pair's facts, so it says only what is true of this pair) and the way to their pair space.
 */
export function introductionCard(p: {
  pair: PairDocument;
  me: PairMember;
  programName: string;
  pairUrl: string;
}): CardJson {
  const partner = p.pair.members.find((m) => m.userId !== p.me.userId) ?? p.me;
  const mentee = p.me.role === "mentee";
  const partnerFirst = firstName(partner.displayName);
  const facts = p.pair.matchFacts;
  const reasons = facts ? readerReasons(facts, p.me.role, partnerFirst) : p.pair.matchReasons;
  return renderCard(introductionTemplate, {
    heading: `Meet your ${mentee ? "mentor" : "mentee"}, ${partner.displayName}`,
    intro: [
      `You and ${partner.displayName} are now a mentoring pair in ${p.programName}.`,
      introductionLine(facts, p.me.role, partnerFirst),
    ]
      .filter(Boolean)
      .join(" "),
    reasons: reasons.length > 0 ? reasons.slice(0, 6) : ["Your program owner paired you."],
    next: `Say hello to ${partnerFirst} and plan a first meeting. Your agreement is drafted from the program's template; look it over together in your pair space.`,
    pairUrl: p.pairUrl,
  });
}

const UTC_READER: Reader = { locale: DEFAULT_LOCALE, timeZone: DEFAULT_TIME_ZONE, zoneIsFallback: true };

/** "Please answer by Dec 3, 2026, 9:00 AM, or the request expires." in the reader's locale and zone. */
const answerBy = (r: MentorRequestDocument, reader: Reader) =>
  r.expiresAt
    ? ` Please answer by ${formatInstantFor(r.expiresAt, reader)}; after that the request expires and ${firstName(r.menteeName)} is shown other mentors.`
    : "";

/** Sent to a mentor: a mentee asks for them (with the date it expires, in the mentor's locale and zone). */
export function mentorRequestCard(
  r: MentorRequestDocument,
  programName: string,
  freePlaces: number,
  reader: Reader = UTC_READER,
  reminder = false,
): CardJson {
  return renderCard(requestTemplate, {
    heading: reminder
      ? `Reminder: ${r.menteeName} is waiting for your answer`
      : `${r.menteeName} would like you as their mentor`,
    intro: `${firstName(r.menteeName)} asked for you by name in ${programName}. Would you like to mentor them?${answerBy(r, reader)}`,
    note: r.message ? `In ${firstName(r.menteeName)}'s words: "${r.message}"` : "",
    reasons: r.reasons.slice(0, 5),
    capacityLine:
      freePlaces === 1
        ? "You have one free mentoring place."
        : `You have ${freePlaces} free mentoring places.`,
    programId: r.programId,
    menteeId: r.menteeId,
    requestId: r.requestId,
  });
}

/** "Is this working?", asked privately of one member. */
export function chemistryCheckCard(pair: PairDocument, member: PairMember): CardJson {
  const partner = pair.members.find((m) => m.userId !== member.userId) ?? member;
  return renderCard(chemistryTemplate, {
    heading: `Is it working with ${firstName(partner.displayName)}?`,
    intro: `You've been paired with ${partner.displayName} for a little while now. Does this match feel right for you? If not, that's fine: it happens, it's nobody's fault, and we'll find you someone new.`,
    partnerFirst: firstName(partner.displayName),
    pairId: pair.pairId,
  });
}

export function noticeCard(heading: string, text: string): CardJson {
  return renderCard(noticeTemplate, { heading, text });
}

/** Why a mentee's request ended without an answer. */
export type RequestEnd = "mentor-full" | "mentor-unavailable" | "expired";

/**
 * Sent to a mentee whose request ended without an answer: kindly, with other mentors who have free
 * places for what they want to learn (each with an "Ask" button), dates in the mentee's locale.
 */
export function requestEndedCard(p: {
  request: MentorRequestDocument;
  why: RequestEnd;
  programName: string;
  others: readonly MentorDirectoryEntry[];
  reader: Reader;
}): CardJson {
  const mentor = firstName(p.request.mentorName);
  const asked = formatInstantFor(p.request.createdAt, p.reader, false);
  const what = {
    "mentor-full": `${p.request.mentorName}'s mentoring places filled up before they could answer your request of ${asked}, so we closed it.`,
    "mentor-unavailable": `${p.request.mentorName} isn't taking mentees right now, so we closed your request of ${asked}.`,
    expired: `${mentor} didn't answer your request of ${asked} in time, so it has expired.`,
  }[p.why];
  return renderCard(endedTemplate, {
    heading: p.why === "expired" ? "Your mentor request expired" : "Your mentor request was closed",
    text: `${what} That says nothing about you. You can ask someone else, or wait for the next matching round in ${p.programName}.`,
    othersHeading:
      p.others.length > 0
        ? "Mentors with free places for what you want to learn"
        : "No other mentor with free places offers what you want to learn right now. Your program owner's next matching round includes you.",
    others: p.others.map((m) => ({
      line: `**${m.displayName}**${m.role ? `, ${m.role}` : ""}: offers ${listWords(m.offers.map((o) => o.name).slice(0, 4))}; ${m.freePlaces === 1 ? "1 free place" : `${m.freePlaces} free places`}.`,
      askTitle: `Ask ${firstName(m.displayName)}`,
      programId: p.request.programId,
      mentorId: m.userId,
    })),
  });
}
