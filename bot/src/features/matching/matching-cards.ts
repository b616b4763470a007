import type { MentorRequestDocument, PairDocument, PairMember } from "@baton/shared";
import chemistryTemplate from "./cards/chemistry-check.json";
import introductionTemplate from "./cards/introduction.json";
import requestTemplate from "./cards/mentor-request.json";
import noticeTemplate from "./cards/notice.json";
import { renderCard, type CardJson } from "../../cards/render-card";

export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/** "Meet your mentor" / "Meet your mentee", why they were matched and the way to their pair space. */
export function introductionCard(p: {
  pair: PairDocument;
  me: PairMember;
  programName: string;
  reasons: readonly string[];
  pairUrl: string;
}): CardJson {
  const partner = p.pair.members.find((m) => m.userId !== p.me.userId) ?? p.me;
  const mentee = p.me.role === "mentee";
  return renderCard(introductionTemplate, {
    heading: `Meet your ${mentee ? "mentor" : "mentee"}, ${partner.displayName}`,
    intro: mentee
      ? `You and ${partner.displayName} are now a mentoring pair in ${p.programName}. ${firstName(partner.displayName)} will help you with what you want to learn.`
      : `You and ${partner.displayName} are now a mentoring pair in ${p.programName}. Thank you for sharing what you know.`,
    reasons: p.reasons.length > 0 ? p.reasons.slice(0, 6) : ["You were paired by your program owner."],
    next: `Say hello to ${firstName(partner.displayName)} and plan a first meeting. Your agreement is drafted from the program's template; look it over together in your pair space.`,
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
