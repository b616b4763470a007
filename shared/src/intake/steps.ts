import { z } from "zod";

/**
 * The intake, in short steps. "learn", "offer" and "levels" are one topic split in three so each
 * card stays small even with a large skills taxonomy; "capacity" is skipped for people who offer
 * nothing.
 */
export const intakeStep = z.enum(["about", "learn", "offer", "levels", "ways", "capacity", "consent"]);
export type IntakeStep = z.infer<typeof intakeStep>;

export const JOIN_PATH: readonly IntakeStep[] = intakeStep.options;

/** Parts of a finished profile a person can change on their own, in the bot or the tab. */
export const profileSection = z.enum(["about", "skills", "ways"]);
export type ProfileSection = z.infer<typeof profileSection>;

export const SECTION_PATHS: Record<ProfileSection, readonly IntakeStep[]> = {
  about: ["about"],
  skills: ["learn", "offer", "levels", "capacity"],
  ways: ["ways"],
};

export const STEP_TITLES: Record<IntakeStep, string> = {
  about: "About you",
  learn: "What you want to learn",
  offer: "What you can offer",
  levels: "Your levels",
  ways: "How you like to work",
  capacity: "Mentoring others",
  consent: "Check and confirm",
};

/** Whether a step applies to this draft (capacity only matters for people who offer a skill). */
export function stepApplies(step: IntakeStep, draft: { offer?: readonly unknown[] }): boolean {
  return step !== "capacity" || (draft.offer?.length ?? 0) > 0;
}

export function nextStep(
  path: readonly IntakeStep[],
  step: IntakeStep,
  draft: { offer?: readonly unknown[] },
): IntakeStep | undefined {
  return path.slice(path.indexOf(step) + 1).find((s) => stepApplies(s, draft));
}

export function previousStep(
  path: readonly IntakeStep[],
  step: IntakeStep,
  draft: { offer?: readonly unknown[] },
): IntakeStep | undefined {
  return path
    .slice(0, Math.max(0, path.indexOf(step)))
    .reverse()
    .find((s) => stepApplies(s, draft));
}

/**
 * "Step 2 of 7": the position in the whole path, so the total never changes while someone answers
 * (a step that does not apply, like capacity for someone who offers nothing, is passed over, never
 * taken out of the count). The tab and the bot both show this.
 */
export function stepPosition(
  path: readonly IntakeStep[],
  step: IntakeStep,
  _draft?: { offer?: readonly unknown[] },
): { index: number; count: number } {
  return { index: path.indexOf(step) + 1, count: path.length };
}

/** "Step 2 of 7" in words. */
export const stepCounterText = (p: { index: number; count: number }) => `Step ${p.index} of ${p.count}`;
