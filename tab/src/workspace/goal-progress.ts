import type { GoalDocument, UpdateGoalInput } from "@baton/shared";

export interface MilestoneProgress {
  done: number;
  total: number;
  /** 0–1, for a progress bar. A goal without milestones is at 0. */
  fraction: number;
  text: string;
}

export function milestoneProgress(goal: Pick<GoalDocument, "milestones">): MilestoneProgress {
  const total = goal.milestones.length;
  const done = goal.milestones.filter((m) => m.done).length;
  return {
    done,
    total,
    fraction: total === 0 ? 0 : done / total,
    text: total === 0 ? "No milestones yet" : `${done} of ${total} milestones done`,
  };
}

/** The full goal the PUT expects, with one milestone's `done` changed. */
export function goalWithMilestone(goal: GoalDocument, milestoneId: string, done: boolean): UpdateGoalInput {
  return {
    etag: goal._etag ?? "",
    title: goal.title,
    description: goal.description,
    targetDate: goal.targetDate,
    milestones: goal.milestones.map((m) => ({
      milestoneId: m.milestoneId,
      title: m.title,
      targetDate: m.targetDate,
      done: m.milestoneId === milestoneId ? done : m.done,
    })),
  };
}
