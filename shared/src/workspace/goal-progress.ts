import type { GoalDocument } from "../domain/goal";

/** Share of milestones done, 0–100. A goal with no milestones counts as 0 until it has some. */
export function goalProgress(goal: Pick<GoalDocument, "milestones">): number {
  if (goal.milestones.length === 0) return 0;
  const done = goal.milestones.filter((m) => m.done).length;
  return Math.round((done / goal.milestones.length) * 100);
}
