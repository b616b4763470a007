import { programStatusOf, type ProgramDocument, type ProgramStatus } from "../domain/program";

/** The statuses `join` may start intake in. Drafts are not announced yet; closing and closed ones are over. */
export const JOINABLE_STATUSES: readonly ProgramStatus[] = ["open", "running"];

export const isJoinable = (program: Pick<ProgramDocument, "status">): boolean =>
  JOINABLE_STATUSES.includes(programStatusOf(program));

const NEXT: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ["open"],
  open: ["running"],
  running: ["closing"],
  closing: ["closed"],
  closed: [],
};

/** The statuses a program may move to next. Evergreen programs stay running: they never close. */
export function nextStatuses(program: Pick<ProgramDocument, "status" | "duration">): ProgramStatus[] {
  const status = programStatusOf(program);
  if (program.duration === "evergreen" && status === "running") return [];
  return [...NEXT[status]];
}

/** Why a move is not allowed, in words for the owner; undefined when it is. */
export function transitionProblem(
  program: Pick<ProgramDocument, "status" | "duration" | "skills">,
  to: ProgramStatus,
): string | undefined {
  const status = programStatusOf(program);
  if (status === to) return undefined;
  if (program.duration === "evergreen" && (to === "closing" || to === "closed"))
    return "An evergreen program stays running; change its duration first to close it.";
  if (!nextStatuses(program).includes(to))
    return `A program that is ${status} cannot become ${to}${
      NEXT[status].length ? ` (next: ${NEXT[status].join(" or ")})` : ""
    }.`;
  if (to === "open" && program.skills.length === 0)
    return "Add at least one skill to the taxonomy before opening the program.";
  return undefined;
}

/** Words for a status, for people. */
export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  draft: "Draft (not visible yet)",
  open: "Open for intake",
  running: "Running",
  closing: "Closing",
  closed: "Closed",
};
