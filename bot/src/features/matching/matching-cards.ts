import {
  introductionLine,
  readerReasons,
  type MentorRequestDocument,
  type PairDocument,
  type PairMember,
} from "@baton/shared";
import chemistryTemplate from "./cards/chemistry-check.json";
import introductionTemplate from "./cards/introduction.json";
import requestTemplate from "./cards/mentor-request.json";
import noticeTemplate from "./cards/notice.json";
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

/** Sent to a mentor: a mentee asks for them. */
export function mentorRequestCard(
  r: MentorRequestDocument,
  programName: string,
  freePlaces: number,
): CardJson {
  return renderCard(requestTemplate, {
    heading: `${r.menteeName} would like you as their mentor`,
    intro: `${firstName(r.menteeName)} asked for you by name in ${programName}. Would you like to mentor them?`,
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
