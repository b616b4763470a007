import { formatCalendarDate, type PairDocument, type PairMember } from "@baton/shared";
import { renderCard, type CardJson } from "../cards/render-card";
import { firstName } from "../features/matching/matching-cards";
import reflectionTemplate from "./cards/closing-reflection.json";
import inviteTemplate from "./cards/cohort-invite.json";

/** A member's private lessons learned and their choice: keep meeting informally, or close. */
export function closingReflectionCard(p: {
  pair: PairDocument;
  me: PairMember;
  values?: { lessons?: string; choice?: string };
  error?: string;
}): CardJson {
  const partner = p.pair.members.find((m) => m.userId !== p.me.userId) ?? p.me;
  return renderCard(reflectionTemplate, {
    heading: `Your mentoring with ${firstName(partner.displayName)} is closing`,
    intro: `Hold a last wrap-up session with ${firstName(partner.displayName)}: look back at your goals, what was hard and what helped. Then note what you learned and tell us what you'd like next. If you both want to keep meeting, your workspace stays open; otherwise it becomes read-only.`,
    hasError: Boolean(p.error),
    error: p.error ?? "",
    lessons: p.values?.lessons ?? "",
    choice: p.values?.choice ?? "",
    pairId: p.pair.pairId,
  });
}

/** Asked of everyone who took part when the program's next cohort starts. */
export function cohortInviteCard(p: {
  programId: string;
  programName: string;
  cohortStart: string;
  /** The reader's locale, for the start date. */
  locale: string;
}): CardJson {
  return renderCard(inviteTemplate, {
    heading: `${p.programName}: a new cohort starts ${formatCalendarDate(p.cohortStart, p.locale)}`,
    intro:
      "Thank you for taking part. Would you like to stay in for the next cohort? If you say yes, you'll be matched again (never with the same person); if not, your place is paused and you can come back any time with **resume**.",
    programId: p.programId,
  });
}
