import { turnReader } from "../../cards/reader";
import { DomainError } from "@baton/shared";
import type { Repositories } from "../../data/repositories";
import type { Clock } from "../../services/actor";
import { ParticipationService } from "../../services/participation-service";
import type { BotFeature, BotTurn, CardActionResult } from "../../bot/turn";
import { noDirectory, type DirectoryLookup } from "./directory";
import { IntakeFlow } from "./intake-flow";
import { noticeCard } from "./intake-cards";
import { parsePauseArgs } from "./pause-args";

/** Card verbs of intake; Action.Execute and the Action.Submit fallback both carry them. */
export const INTAKE_VERBS = {
  join: "intake.join",
  submit: "intake.submit",
  back: "intake.back",
  cancel: "intake.cancel",
  edit: "intake.edit",
  profile: "intake.profile",
  pause: "intake.pause",
  resume: "intake.resume",
  leaveAsk: "intake.leave.ask",
  leave: "intake.leave",
  stay: "intake.stay",
} as const;

/** Joining, the profile, pause and leave, in a 1:1 chat with Baton. */
export function intakeFeature(
  repos: Repositories,
  clock: Clock,
  directory: DirectoryLookup = noDirectory,
): BotFeature {
  const flow = new IntakeFlow(repos, clock, directory);
  const participation = new ParticipationService(repos, clock);
  const card = async (p: Promise<Record<string, unknown>>): Promise<CardActionResult> => ({ card: await p });
  const inPrivate = async (turn: BotTurn, run: () => Promise<void>) => {
    if (turn.conversationType !== "personal") {
      await turn.send({ text: "Let's do that in private: open your 1:1 chat with Baton and type it there." });
      return;
    }
    await run();
  };

  const pause = async (turn: BotTurn, until: string | undefined) => {
    try {
      const reader = await turnReader(repos, turn);
      const result = await participation.pause(turn.actor, until ? { until } : {}, reader.locale);
      return noticeCard("Paused", result.message, {
        buttons: [{ verb: INTAKE_VERBS.resume, title: "Resume now" }],
      });
    } catch (error) {
      return problemCard(error, "pause");
    }
  };

  const leaveQuestion = () =>
    noticeCard(
      "Leave the mentoring program?",
      "Matching and reminders stop at once, and anything you were still answering is deleted. Choose whether to keep your profile (to come back later with one word) or delete it. Pairs you are in stay readable for you and your partner; your private notes stay yours.",
      {
        buttons: [
          {
            verb: INTAKE_VERBS.leave,
            title: "Leave, keep my profile",
            style: "destructive",
            data: { deleteProfile: false },
          },
          {
            verb: INTAKE_VERBS.leave,
            title: "Leave and delete my profile",
            style: "destructive",
            data: { deleteProfile: true },
          },
          { verb: INTAKE_VERBS.stay, title: "Stay" },
        ],
      },
    );

  return {
    commands: {
      join: (turn) => inPrivate(turn, async () => turn.send({ card: await flow.joinCommand(turn.actor) })),
      profile: (turn) =>
        inPrivate(turn, async () => turn.send({ card: await flow.profileCommand(turn.actor) })),
      pause: (turn) =>
        inPrivate(turn, async () => {
          const parsed = parsePauseArgs(turn.args);
          if (!parsed.ok) return turn.send({ text: parsed.message });
          await turn.send({ card: await pause(turn, parsed.until) });
        }),
      resume: (turn) =>
        inPrivate(turn, async () => {
          try {
            await turn.send({ text: (await participation.resume(turn.actor)).message });
          } catch (error) {
            await turn.send({ card: problemCard(error, "resume") });
          }
        }),
      leave: (turn) => inPrivate(turn, async () => turn.send({ card: leaveQuestion() })),
    },
    cardActions: {
      [INTAKE_VERBS.join]: (turn) => card(flow.join(turn.actor, String(turn.data.programId ?? ""))),
      [INTAKE_VERBS.submit]: (turn) => card(flow.submit(turn.actor, turn.data)),
      [INTAKE_VERBS.back]: (turn) => card(flow.back(turn.actor, turn.data)),
      [INTAKE_VERBS.cancel]: (turn) => card(flow.cancelEdit(turn.actor)),
      [INTAKE_VERBS.edit]: (turn) => card(flow.edit(turn.actor, turn.data.section)),
      [INTAKE_VERBS.profile]: (turn) => card(flow.profileCommand(turn.actor)),
      [INTAKE_VERBS.pause]: async (turn) => {
        const until = typeof turn.data.until === "string" && turn.data.until ? turn.data.until : undefined;
        return { card: await pause(turn, until) };
      },
      [INTAKE_VERBS.resume]: async (turn) => {
        try {
          const result = await participation.resume(turn.actor);
          return card(flow.profileCard(turn.actor, result.message));
        } catch (error) {
          return { card: problemCard(error, "resume") };
        }
      },
      [INTAKE_VERBS.leaveAsk]: async () => ({ card: leaveQuestion() }),
      [INTAKE_VERBS.leave]: async (turn) => {
        try {
          const result = await participation.leave(turn.actor, {
            deleteProfile: turn.data.deleteProfile === true || turn.data.deleteProfile === "true",
          });
          return {
            card: noticeCard("You have left the program", result.message, {
              buttons: [{ verb: INTAKE_VERBS.join, title: "Changed my mind: join again", data: {} }],
            }),
          };
        } catch (error) {
          return { card: problemCard(error, "leave") };
        }
      },
      [INTAKE_VERBS.stay]: async () => ({
        card: noticeCard(
          "Glad you're staying",
          "Nothing changed. Type profile any time to see your answers.",
        ),
      }),
    },
    onInstall: async (turn) => {
      if (turn.conversationType !== "personal") return false;
      await turn.send({ card: await flow.greeting(turn.actor) });
      return true;
    },
  };
}

function problemCard(error: unknown, what: "pause" | "resume" | "leave") {
  if (error instanceof DomainError && error.code === "not-found")
    return noticeCard(
      "You haven't joined yet",
      what === "leave"
        ? "There is nothing to leave: you are not in a program."
        : "Type join to take part first.",
    );
  if (error instanceof DomainError && error.code === "validation")
    return noticeCard("That didn't work", error.message.replace(/^until: /, ""));
  throw error;
}
