import type { RefObject } from "react";
import { defaultFocusTiming, nextFocusStep } from "./focus-plan";
import type { CandidateState, FocusTiming } from "./focus-plan";

/**
 * Something to focus: an element, a React ref, a CSS selector (`"#action-a1-check"`), or a function
 * that finds it when asked (called every frame until it answers).
 */
export type FocusTarget =
  | HTMLElement
  | null
  | undefined
  | RefObject<HTMLElement | null>
  | string
  | (() => HTMLElement | null | undefined);

/** Explicit focusAfter calls still deciding. */
let claims = 0;
/** The newest fallback (guard) call; an older one stops when a newer one starts. */
let fallbackGeneration = 0;
let actionsInFlight = 0;

/**
 * Marks an action (a save, a run) as in flight until `task` settles. While any action is in flight,
 * focus helpers' grace periods stand still: a button disabled while saving is waited for, however
 * long the save takes. `useAsyncAction` wraps every action with it.
 */
export async function trackAction<T>(task: () => Promise<T>): Promise<T> {
  actionsInFlight++;
  try {
    return await task();
  } finally {
    actionsInFlight--;
  }
}

/** True while a {@link focusAfter} call is still deciding; the focus guard stands back meanwhile. */
export const focusClaimPending = (): boolean => claims > 0;

export function resolveFocusTarget(target: FocusTarget): HTMLElement | null {
  if (!target) return null;
  if (typeof target === "string") return document.querySelector<HTMLElement>(target);
  if (typeof target === "function") return target() ?? null;
  if (target instanceof HTMLElement) return target;
  return target.current ?? null;
}

/** Whether `element` can take focus now, may come back (disabled), or is absent. */
export function focusStateOf(element: HTMLElement | null): CandidateState {
  if (!element) return "missing";
  if (!element.isConnected) return "gone";
  if (element.closest("[hidden], [inert]") || element.getClientRects().length === 0) return "missing";
  if ((element as HTMLButtonElement).disabled || element.closest("fieldset:disabled")) return "disabled";
  return "ready";
}

const naturallyFocusable = "a[href], button, input, select, textarea, summary, [contenteditable]";

/** Focuses `element`, making a heading or status focusable by script first (tabindex -1). */
export function focusElement(element: HTMLElement): void {
  if (!element.matches(naturallyFocusable) && !element.hasAttribute("tabindex")) element.tabIndex = -1;
  element.focus();
}

/** The page's main region (tabindex -1): the last resort, so focus is never left on `<body>`. */
export function focusMain(): void {
  const main = document.getElementById("main");
  if (main) focusElement(main);
}

const inDialog = (element: Element | null) => !!element?.closest('[role="dialog"], [role="alertdialog"]');

/**
 * After an action, puts focus on the first of `targets` that can take it: what the action created or
 * revealed, or the control itself once it is enabled again. Waits frame by frame (React renders after
 * the action's promise settles; a saving button comes back enabled), uses a later target once the first
 * has been missing for the grace period, and stops if the person moved focus meanwhile. Never leaves
 * focus on `<body>`: when nothing turns up it focuses the main region. Resolves true when a target
 * took focus.
 */
export function focusAfter(...targets: FocusTarget[]): Promise<boolean> {
  return focusAfterWith(defaultFocusTiming, targets);
}

/**
 * {@link focusAfter} with its own timing. A `fallback` call (the focus guard's) stands back as soon as
 * an explicit call is deciding, or a newer fallback call started.
 */
export function focusAfterWith(
  timing: FocusTiming,
  targets: readonly FocusTarget[],
  options: { fallback?: boolean } = {},
): Promise<boolean> {
  let last = performance.now();
  /** Time spent with no action in flight: a long save does not use up the grace period. */
  let idle = 0;
  const startActive = document.activeElement;
  const generation = options.fallback ? ++fallbackGeneration : 0;
  if (!options.fallback) claims++;
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      if (!options.fallback) claims--;
      resolve(ok);
    };
    const tick = () => {
      if (options.fallback && (claims > 0 || generation !== fallbackGeneration)) return finish(false);
      const active = document.activeElement;
      const movedOn =
        active &&
        active !== document.body &&
        active !== startActive &&
        !inDialog(active) &&
        !inDialog(startActive);
      if (movedOn) return finish(false);
      const elements = targets.map(resolveFocusTarget);
      const now = performance.now();
      if (actionsInFlight === 0) idle += now - last;
      last = now;
      const step = nextFocusStep(elements.map(focusStateOf), idle, timing);
      if (step.kind === "focus") {
        const element = elements[step.index];
        if (element) focusElement(element);
        return finish(true);
      }
      if (step.kind === "give-up") {
        if (!document.activeElement || document.activeElement === document.body) focusMain();
        return finish(false);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
