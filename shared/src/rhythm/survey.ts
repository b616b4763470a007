import { z } from "zod";
import { entityId } from "../domain/common";
import { surveyPhase, type SurveyPhase, type SurveyResponseDocument } from "./documents";
import { cardRating, cardText } from "./check-in-input";

/** What the survey card sends back: four ratings, one lesson, and (at the end) whether to carry on. */
export const surveyAnswer = z.object({
  programId: entityId,
  pairId: entityId,
  phase: surveyPhase,
  satisfaction: cardRating(1, 5, "how satisfied you are, 1 to 5"),
  usefulness: cardRating(1, 5, "how useful it has been, 1 to 5"),
  goalProgress: cardRating(1, 5, "your goal progress, 1 to 5"),
  recommend: cardRating(0, 10, "how likely you are to recommend it, 0 to 10"),
  lesson: cardText(1000).refine((v) => v !== undefined, "write one thing you learned"),
  continueInformally: z
    .enum(["yes", "no", ""])
    .optional()
    .transform((v) => (v === "yes" ? true : v === "no" ? false : undefined)),
});
export type SurveyAnswer = z.output<typeof surveyAnswer>;

export interface SurveyFigures {
  phase: SurveyPhase;
  responses: number;
  /** False when fewer than the program's minimum group size answered: no figures are shown. */
  shown: boolean;
  satisfaction?: number;
  usefulness?: number;
  goalProgress?: number;
  /** Net promoter score, −100 … 100. */
  nps?: number;
  continueInformally?: number;
}

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/** The program's survey figures per phase, hidden below the minimum group size. Lessons stay out. */
export function surveyFigures(
  responses: readonly SurveyResponseDocument[],
  minGroupSize: number,
): SurveyFigures[] {
  return (["midpoint", "final"] as const).map((phase) => {
    const rs = responses.filter((r) => r.phase === phase);
    if (rs.length === 0 || rs.length < minGroupSize) return { phase, responses: rs.length, shown: false };
    const promoters = rs.filter((r) => r.recommend >= 9).length;
    const detractors = rs.filter((r) => r.recommend <= 6).length;
    return {
      phase,
      responses: rs.length,
      shown: true,
      satisfaction: mean(rs.map((r) => r.satisfaction)),
      usefulness: mean(rs.map((r) => r.usefulness)),
      goalProgress: mean(rs.map((r) => r.goalProgress)),
      nps: Math.round(((promoters - detractors) / rs.length) * 100),
      ...(phase === "final" ? { continueInformally: rs.filter((r) => r.continueInformally).length } : {}),
    };
  });
}
