import { partitionKeys, rhythmIds, surveyAnswer, surveyPhase } from "@baton/shared";
import type { BotFeature, CardActionResult } from "../../bot/turn";
import type { Repositories } from "../../data/repositories";
import type { Clock } from "../../services/actor";
import { noticeCard } from "../check-in/notice-card";
import { problemText } from "../check-in/problem-text";
import { surveyCard } from "./survey-card";

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** Midpoint and end-of-cycle surveys: the form, and its answers stored for the program's figures. */
export function surveyFeature(repos: Repositories, clock: Clock): BotFeature {
  const target = async (tenantId: string, userId: string, data: Record<string, unknown>) => {
    const phase = surveyPhase.safeParse(data.phase);
    const pair = await repos.pairs.getPair(tenantId, str(data.pairId).replace(/[^A-Za-z0-9_-]/g, "") || "-");
    if (!phase.success || !pair || !pair.members.some((m) => m.userId === userId)) return undefined;
    if (pair.programId !== str(data.programId)) return undefined;
    return { pair, phase: phase.data };
  };

  return {
    cardActions: {
      "survey.open": async (turn): Promise<CardActionResult> => {
        const t = await target(turn.actor.tenantId, turn.actor.userId, turn.data);
        if (!t) return { message: "This survey is no longer open." };
        return { card: surveyCard({ programId: t.pair.programId, pairId: t.pair.pairId, phase: t.phase }) };
      },

      "survey.submit": async (turn): Promise<CardActionResult> => {
        const t = await target(turn.actor.tenantId, turn.actor.userId, turn.data);
        if (!t) return { message: "This survey is no longer open." };
        const parsed = surveyAnswer.safeParse(turn.data);
        if (!parsed.success)
          return {
            card: surveyCard({
              programId: t.pair.programId,
              pairId: t.pair.pairId,
              phase: t.phase,
              values: turn.data,
              error: problemText(parsed.error),
            }),
          };
        const a = parsed.data;
        const stored = await repos.rhythm.createSurveyResponse({
          id: rhythmIds.survey(t.phase, t.pair.pairId, turn.actor.userId),
          pk: partitionKeys.program(turn.actor.tenantId, t.pair.programId),
          tenantId: turn.actor.tenantId,
          type: "surveyResponse",
          programId: t.pair.programId,
          pairId: t.pair.pairId,
          userId: turn.actor.userId,
          phase: t.phase,
          satisfaction: a.satisfaction,
          usefulness: a.usefulness,
          goalProgress: a.goalProgress,
          recommend: a.recommend,
          lesson: a.lesson ?? "",
          ...(a.continueInformally !== undefined ? { continueInformally: a.continueInformally } : {}),
          at: clock.now().toISOString(),
        });
        if (!stored)
          return {
            card: noticeCard("You already answered", ["Thanks, I have your answers for this survey."]),
          };
        const lines = ["Your answers help shape the next cycle."];
        if (a.continueInformally)
          lines.push("Nice: you can keep meeting informally. Your pair workspace stays open to you both.");
        return { card: noticeCard("Thanks for your answers", lines) };
      },
    },
  };
}
