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

/**
 * The program's status when an owner closes its cycle (or its cohort end passes): an open or running
 * program starts `closing` while its pairs wrap up; an evergreen program stays running (its pairs
 * close, the program goes on); drafts and programs already closing or closed keep their status.
 */
export function statusOnCycleClose(program: Pick<ProgramDocument, "status" | "duration">): ProgramStatus {
  const status = programStatusOf(program);
  if (program.duration === "evergreen") return status;
  return status === "open" || status === "running" ? "closing" : status;
}

/**
 * The program's status once its pairs moved on: a closing program whose pairs are all closed,
 * ended or continuing informally (`livePairs` = 0) is closed; anything else keeps its status.
 */
export const statusWhenPairsSettled = (
  program: Pick<ProgramDocument, "status">,
  livePairs: number,
): ProgramStatus => {
  const status = programStatusOf(program);
  return status === "closing" && livePairs === 0 ? "closed" : status;
};

/** What happens next in each status, in words for the owner console. */
export const PROGRAM_STATUS_NEXT: Record<ProgramStatus, string> = {
  draft: "Nobody can see or join it yet. Open it for intake when its setup is ready.",
  open: "People of your organisation can join it now: share the join link or card. Run matching when enough people are in.",
  running: "Pairs are working together. Close the cycle at cohort end (Closing) to wrap up.",
  closing:
    "Pairs are wrapping up: each gets the final session prompt and the end survey, then chooses to keep meeting informally or to close (at most 14 days). Nobody new can join. The program closes when every pair has chosen, or when you close it.",
  closed:
    "The cycle is over: workspaces stay readable for their pairs, nobody can join, and personal data is erased after the retention period. Start the next cohort (Closing) to open it again.",
};
