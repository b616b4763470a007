import type { ProgramDocument } from "../domain/program";

const MONTHS = { "3-months": 3, "6-months": 6, "12-months": 12 } as const;

/** The program's cycle as UTC instants: cohort start to cohort end (or start + duration). */
export function programWindow(program: ProgramDocument): { start: number; end: number } | undefined {
  const start = Date.parse(`${program.cohortStart}T00:00:00.000Z`);
  if (program.cohortEnd) {
    const end = Date.parse(`${program.cohortEnd}T00:00:00.000Z`);
    return end > start ? { start, end } : undefined;
  }
  if (program.duration === "evergreen") return undefined;
  const d = new Date(start);
  d.setUTCMonth(d.getUTCMonth() + MONTHS[program.duration]);
  return { start, end: d.getTime() };
}
