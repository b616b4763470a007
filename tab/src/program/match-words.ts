import type { ProposalView, UnmatchedView } from "@baton/shared";

export const proposalStatusLabels: Record<ProposalView["status"], string> = {
  proposed: "Proposed",
  locked: "Locked",
  excluded: "Excluded",
  approved: "Approved",
};

export const unmatchedReasonLabels: Record<UnmatchedView["reason"], string> = {
  paused: "Paused",
  left: "Left",
  "no-eligible-mentor": "No suitable mentor",
  outbid: "Places went to stronger matches",
};

/** 150 → "2 h 30 min a week"; 0 → "no shared time". */
export function overlapWords(minutesPerWeek: number): string {
  if (minutesPerWeek <= 0) return "No weekly time in common";
  const hours = Math.floor(minutesPerWeek / 60);
  const minutes = minutesPerWeek % 60;
  const parts = [hours > 0 ? `${hours} h` : "", minutes > 0 ? `${minutes} min` : ""].filter(Boolean);
  return `${parts.join(" ")} a week in common`;
}

/** 330 → "5 h 30 min apart"; 0 → "same time zone". */
export function timeDifferenceWords(minutes: number): string {
  const abs = Math.abs(minutes);
  if (abs === 0) return "Same time zone";
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `${[hours > 0 ? `${hours} h` : "", rest > 0 ? `${rest} min` : ""].filter(Boolean).join(" ")} apart`;
}

/** Proposals that can be approved now. */
export const approvable = (p: ProposalView) => p.status === "proposed" || p.status === "locked";

/** An approved pair's line in match review: where its introductions stand. */
export function approvedWords(introduction: ProposalView["introduction"]): string {
  switch (introduction) {
    case "sent":
      return "Approved. The pair has its space and both were introduced.";
    case "failed":
      return "Approved. The pair has its space, but an introduction could not be delivered in Teams: let them know yourself.";
    default:
      return "Approved. The pair has its space; the introductions are on their way.";
  }
}
