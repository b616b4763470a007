import template from "./cards/check-in.json";
import { renderCard } from "../../cards/render-card";

export interface CheckInCardInput {
  pairId: string;
  sessionId: string;
  partnerName: string;
  /** The session's time, already in the reader's zone. */
  when: string;
  values?: Record<string, unknown>;
  error?: string;
}

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** The check-in after a session: did you meet, how useful (1–5), one action item. */
export function checkInCard(input: CheckInCardInput): Record<string, unknown> {
  const v = input.values ?? {};
  return renderCard(template, {
    pairId: input.pairId,
    sessionId: input.sessionId,
    partnerName: input.partnerName,
    when: input.when,
    hasError: Boolean(input.error),
    error: input.error ?? "",
    met: text(v.met),
    usefulness: text(v.usefulness),
    actionTitle: text(v.actionTitle),
    actionDue: text(v.actionDue),
  });
}
