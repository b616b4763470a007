import {
  FORMAT_LABELS,
  PROGRAM_STATUS_LABELS,
  formatCalendarDate,
  programStatusOf,
  type ProgramDocument,
} from "@baton/shared";
import { renderCard, type CardJson } from "../cards/render-card";
import joinTemplate from "./cards/join-program.json";
import myProgramsTemplate from "./cards/my-programs.json";

const PURPOSE_WORDS: Record<ProgramDocument["purpose"], string> = {
  onboarding: "A buddy for people new to IT, to find their feet faster.",
  "skill-transfer": "Learn a skill from a colleague who has it, or pass on one you have.",
  leadership: "Grow as a leader with an experienced manager beside you.",
  succession: "Hand over or take over knowledge that only a few people hold.",
  "career-moves": "Explore a move inside IT with someone who made it.",
};

const CADENCE_WORDS: Record<ProgramDocument["cadence"], string> = {
  weekly: "Every week",
  biweekly: "Every two weeks",
  monthly: "Every month",
  milestone: "At each milestone",
};

/** "Join this program": posted in a chat or channel by an owner; the button starts intake in private. */
export function joinProgramCard(program: ProgramDocument, joinLink: string, locale = "en-US"): CardJson {
  const day = (date: string) => formatCalendarDate(date, locale);
  return renderCard(joinTemplate, {
    name: program.name,
    programId: program.programId,
    purpose: PURPOSE_WORDS[program.purpose],
    audience: program.audience,
    joinLink,
    facts: [
      { title: "Formats", value: program.formats.map((f) => FORMAT_LABELS[f]).join(", ") },
      { title: "Meetings", value: CADENCE_WORDS[program.cadence] },
      {
        title: "Dates",
        value: program.cohortEnd
          ? `${day(program.cohortStart)} to ${day(program.cohortEnd)}`
          : `From ${day(program.cohortStart)}`,
      },
    ],
  });
}

/** The `programs` command: the owner's programs with their status and a link to each console. */
export function myProgramsCard(
  programs: readonly ProgramDocument[],
  links: { console: (programId: string) => string; newProgram: string },
): CardJson {
  return renderCard(myProgramsTemplate, {
    newProgramLink: links.newProgram,
    programs: [...programs]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({
        name: p.name,
        status: PROGRAM_STATUS_LABELS[programStatusOf(p)],
        consoleLink: links.console(p.programId),
      })),
  });
}
