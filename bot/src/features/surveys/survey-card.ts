import type { SurveyPhase } from "@baton/shared";
import { ratingChoices } from "../../cards/rating-choices";
import { renderCard } from "../../cards/render-card";
import template from "./cards/survey.json";

export interface SurveyCardInput {
  programId: string;
  pairId: string;
  phase: SurveyPhase;
  values?: Record<string, unknown>;
  error?: string;
}

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** Midpoint and end-of-cycle survey: satisfaction, usefulness, goal progress, would-recommend, one lesson. */
export function surveyCard(input: SurveyCardInput): Record<string, unknown> {
  const v = input.values ?? {};
  const final = input.phase === "final";
  return renderCard(template, {
    heading: final ? "End of cycle: how did it go?" : "Halfway there: how is it going?",
    intro: "Your answers are counted with everyone else's; nobody sees them on their own.",
    hasError: Boolean(input.error),
    error: input.error ?? "",
    satisfaction: text(v.satisfaction),
    usefulness: text(v.usefulness),
    goalProgress: text(v.goalProgress),
    recommend: text(v.recommend),
    lesson: text(v.lesson),
    final,
    continueInformally: text(v.continueInformally),
    programId: input.programId,
    pairId: input.pairId,
    phase: input.phase,
    oneToFive: ratingChoices(1, 5),
    zeroToTen: ratingChoices(0, 10),
  });
}
