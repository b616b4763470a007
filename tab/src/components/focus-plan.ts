/**
 * The decisions behind Baton's focus helpers, free of the DOM so they can be unit-tested.
 * `focus-after.ts` and `focus-guard.ts` feed them what they see in the page, frame by frame.
 */

/** What a focus candidate looks like right now. */
export type CandidateState =
  /** In the page, visible and enabled: it can take focus now. */
  | "ready"
  /** In the page but disabled (a button while its action saves): it may come back. */
  | "disabled"
  /** Not in the page yet (an item that renders a frame later). */
  | "missing"
  /** Removed for good (a detached element never comes back): skipped at once. */
  | "gone";

export type FocusStep = { kind: "focus"; index: number } | { kind: "wait" } | { kind: "give-up" };

export interface FocusTiming {
  /** How long the preferred candidate may stay missing or disabled before a later one is used (ms). */
  graceMs: number;
  /** How long to keep trying at all (ms); then the caller falls back to the page's main region. */
  timeoutMs: number;
}

export const defaultFocusTiming: FocusTiming = { graceMs: 1500, timeoutMs: 5000 };

/**
 * Picks where focus goes, given the candidates' states in order of preference and the time since the
 * action ended. The first candidate wins as soon as it is ready; while it is missing or disabled,
 * later candidates are only used once `graceMs` has passed (a just-created item renders a frame later,
 * a saving button comes back enabled), and after `timeoutMs` the caller gives up.
 */
export function nextFocusStep(
  states: readonly CandidateState[],
  elapsedMs: number,
  timing: FocusTiming = defaultFocusTiming,
): FocusStep {
  for (let index = 0; index < states.length; index++) {
    if (states[index] === "ready") return { kind: "focus", index };
    if (states[index] === "gone") continue;
    if (elapsedMs < timing.graceMs) break;
  }
  return elapsedMs >= timing.timeoutMs ? { kind: "give-up" } : { kind: "wait" };
}

/** The places the focus guard tries, in order, for an element that lost focus to nothing. */
export type RecoveryCandidate = "self" | "twin" | "opener" | "opener-twin" | "nearby";

/**
 * Where the guard looks when an action dropped focus on `<body>`. Inside a dialog that is still open
 * (its button was disabled while sending): the same control. From a dialog that closed: the control
 * that opened it (or its re-rendered twin). Anywhere else: the same control (disabled while saving,
 * or moved by a re-sort), its re-rendered twin (same id or focus key), then the nearest focusable
 * thing around where it was. The caller falls back to the page's main region, never `<body>`.
 */
export function recoveryOrder(lost: { inDialog: boolean; dialogClosed: boolean }): RecoveryCandidate[] {
  if (lost.inDialog && !lost.dialogClosed) return ["self"];
  if (lost.inDialog) return ["opener", "opener-twin"];
  return ["self", "twin", "nearby"];
}
