import type { BotFeature } from "../../bot/turn";
import type { ChemistryCheckService } from "../../matching/chemistry-check";
import type { MentorRequestService } from "../../matching/mentor-requests";

/** Card answers of matching: a mentor's answer to a request, and the private chemistry check. */
export function matchingFeature(
  requests: MentorRequestService,
  chemistry: ChemistryCheckService,
): BotFeature {
  return {
    cardActions: {
      "matching.request.answer": (turn) => requests.answer(turn.actor, turn.data),
      "matching.chemistry.open": (turn) => chemistry.open(turn.actor, turn.data),
      "matching.chemistry.answer": (turn) => chemistry.answer(turn.actor, turn.data),
    },
  };
}
