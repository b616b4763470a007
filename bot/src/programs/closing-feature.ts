import { closingReflectionInput, DomainError, type PairDocument } from "@baton/shared";
import type { BotFeature, CardActionResult, CardActionTurn } from "../bot/turn";
import type { Repositories } from "../data/repositories";
import { noticeCard } from "../features/check-in/notice-card";
import { problemText } from "../features/check-in/problem-text";
import { closingReflectionCard } from "./closing-cards";
import type { ClosingService } from "./closing-service";
import type { NextCohortService } from "./next-cohort-service";

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The bot side of closing: the private reflection card, and "stay in for the next cohort?". */
export function closingFeature(
  repos: Repositories,
  closing: ClosingService,
  nextCohort: NextCohortService,
): BotFeature {
  const memberPair = async (turn: CardActionTurn) => {
    const pairId = str(turn.data.pairId);
    const pair = /^[A-Za-z0-9_-]{1,64}$/.test(pairId)
      ? await repos.pairs.getPair(turn.actor.tenantId, pairId)
      : undefined;
    const me = pair?.members.find((m) => m.userId === turn.actor.userId);
    return pair && me ? { pair, me } : undefined;
  };
  const notOpen = (pair: PairDocument): CardActionResult =>
    pair.status === "closed" || pair.status === "ended"
      ? { card: noticeCard("This pair is closed", ["Its workspace stays readable for you both."]) }
      : { message: "There's nothing to choose for this pair right now." };

  return {
    cardActions: {
      "closing.open": async (turn): Promise<CardActionResult> => {
        const found = await memberPair(turn);
        if (!found) return { message: "This pair is not available to you." };
        if (found.pair.status !== "closing") return notOpen(found.pair);
        const mine = await closing.view(turn.actor, found.pair.pairId);
        return {
          card: closingReflectionCard({
            ...found,
            ...(mine.reflection
              ? { values: { lessons: mine.reflection.lessons, choice: mine.reflection.choice } }
              : {}),
          }),
        };
      },

      "closing.submit": async (turn): Promise<CardActionResult> => {
        const found = await memberPair(turn);
        if (!found) return { message: "This pair is not available to you." };
        if (found.pair.status !== "closing") return notOpen(found.pair);
        const parsed = closingReflectionInput.safeParse(turn.data);
        if (!parsed.success)
          return {
            card: closingReflectionCard({
              ...found,
              values: { lessons: str(turn.data.lessons), choice: str(turn.data.choice) },
              error: problemText(parsed.error),
            }),
          };
        try {
          const view = await closing.reflect(turn.actor, found.pair.pairId, parsed.data);
          const lines = ["Your lessons learned are saved; only you can read them."];
          if (view.status === "closing")
            lines.push(
              parsed.data.choice === "continue"
                ? "If your partner wants to carry on too, your workspace stays open without program reminders."
                : "Your pair will close once the wrap-up is done; its workspace stays readable for you both.",
            );
          return { card: noticeCard("Thanks for your reflection", lines) };
        } catch (error) {
          if (error instanceof DomainError) return { message: error.message };
          throw error;
        }
      },

      "cohort.reply": async (turn): Promise<CardActionResult> => {
        const answer =
          turn.data.answer === "leave" ? "leave" : turn.data.answer === "stay" ? "stay" : undefined;
        const programId = str(turn.data.programId);
        const done =
          answer && /^[A-Za-z0-9_-]{1,64}$/.test(programId)
            ? await nextCohort.reply(turn.actor, programId, answer)
            : undefined;
        if (!done) return { message: "This question is no longer open." };
        return {
          card: noticeCard(
            done === "stay" ? "You're in for the next cohort" : "Your place is paused",
            done === "stay"
              ? [
                  "You'll be matched again when the cohort starts, never with someone you were paired with before.",
                ]
              : ["No problem. Type **resume** whenever you'd like to come back."],
          ),
        };
      },
    },
  };
}
