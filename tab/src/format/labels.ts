import type {
  AgendaTemplateKind,
  AgreementHistoryEntry,
  Cadence,
  DueItem,
  PairRole,
  PairStatus,
} from "@baton/shared";

export const cadenceLabels: Record<Cadence, string> = {
  weekly: "Weekly",
  biweekly: "Every two weeks",
  monthly: "Monthly",
  milestone: "At each milestone",
};

export const templateLabels: Record<AgendaTemplateKind, string> = {
  first: "First session",
  regular: "Regular",
  midpoint: "Midpoint review",
  final: "Final wrap-up",
};

export const templateKinds: readonly AgendaTemplateKind[] = ["first", "regular", "midpoint", "final"];
export const cadences: readonly Cadence[] = ["weekly", "biweekly", "monthly", "milestone"];

export const roleLabels: Record<PairRole, string> = { mentor: "Mentor", mentee: "Mentee" };

export const pairStatusLabels: Record<PairStatus, string> = {
  active: "Active",
  paused: "Paused",
  closing: "Closing",
  closed: "Closed",
  "continued-informally": "Continuing informally",
  ended: "Ended",
};

/** A history line, e.g. "Confirmed by Ana". `name` is the person who did it. */
export function historyEventLabel(event: AgreementHistoryEntry["event"], name: string): string {
  switch (event) {
    case "drafted":
      return `Drafted by ${name}`;
    case "edited":
      return `Edited by ${name}`;
    case "confirmed-by":
      return `Confirmed by ${name}`;
    case "confirmed":
      return "Confirmed by both of you";
    case "reopened":
      return `Reopened for changes by ${name}`;
  }
}

export const dueKindLabels: Record<DueItem["kind"], string> = {
  "action-due": "Action item due",
  "action-overdue": "Action item overdue",
  "agreement-to-confirm": "Agreement to confirm",
  "session-planned": "Session planned",
  "mentor-request": "Mentor request",
};

/** How the viewer relates to their partner: "You mentor Ana" or "Ana mentors you". */
export function pairRelation(myRole: PairRole, partnerName: string): string {
  return myRole === "mentor" ? `You mentor ${partnerName}` : `${partnerName} mentors you`;
}
