import { focusAfterWith, focusClaimPending, focusStateOf } from "./focus-after";
import { recoveryOrder } from "./focus-plan";
import type { RecoveryCandidate } from "./focus-plan";

const dialogSelector = '[role="dialog"], [role="alertdialog"]';
const focusableSelector =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/** How a re-rendered twin of `element` is found: its id, its `data-focus-key`, or its role and label. */
function twinFinder(element: HTMLElement | null): () => HTMLElement | null {
  if (!element) return () => null;
  const { id } = element;
  const key = element.dataset.focusKey;
  const label = element.getAttribute("aria-label");
  const tag = element.tagName.toLowerCase();
  // A page's heading re-rendered once its data loaded: the new h1 is its twin.
  if (tag === "h1") return () => document.querySelector<HTMLElement>("#main h1");
  return () => {
    if (key) return document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (id) return document.getElementById(id);
    if (label) return document.querySelector<HTMLElement>(`${tag}[aria-label="${CSS.escape(label)}"]`);
    return null;
  };
}

/** The first focusable element inside the nearest ancestor of the lost element that is still in the page. */
function nearbyFinder(ancestors: readonly HTMLElement[]): () => HTMLElement | null {
  return () => {
    const region = ancestors.find((ancestor) => ancestor.isConnected && ancestor !== document.body);
    if (!region) return null;
    const inside = Array.from(region.querySelectorAll<HTMLElement>(focusableSelector));
    return inside.find((element) => focusStateOf(element) === "ready") ?? null;
  };
}

function ancestorsOf(element: HTMLElement): HTMLElement[] {
  const chain: HTMLElement[] = [];
  for (let el = element.parentElement; el && el !== document.body; el = el.parentElement) chain.push(el);
  return chain;
}

/**
 * Baton's safety net for focus: when an action drops focus on `<body>` (its button was disabled while
 * saving, a list re-sorted, a dialog closed, a control was swapped for another), focus goes back to
 * the control, its re-rendered twin, the dialog's opener or the nearest focusable thing, and at worst
 * to the main region. Explicit {@link focusAfter} calls (moving focus to what an action created) take
 * precedence. Installed once by the signed-in app; returns the uninstaller.
 */
export function installFocusGuard(): () => void {
  let lastOutsideDialog: HTMLElement | null = null;

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof HTMLElement && !target.closest(dialogSelector)) lastOutsideDialog = target;
  };

  const onFocusOut = (event: FocusEvent) => {
    const lost = event.target;
    if (event.relatedTarget || !(lost instanceof HTMLElement)) return;
    const dialog = lost.closest<HTMLElement>(dialogSelector);
    const opener = dialog ? lastOutsideDialog : null;
    const ancestors = ancestorsOf(lost);
    const finders: Record<RecoveryCandidate, () => HTMLElement | null> = {
      self: () => lost,
      twin: twinFinder(lost),
      opener: () => opener,
      "opener-twin": twinFinder(opener),
      nearby: nearbyFinder(ancestors),
    };
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (focusClaimPending() || (active && active !== document.body)) return;
      const dialogClosed = !!dialog && (!dialog.isConnected || focusStateOf(dialog) !== "ready");
      const order = recoveryOrder({ inDialog: !!dialog, dialogClosed });
      void focusAfterWith(
        { graceMs: 3000, timeoutMs: 6000 },
        order.map((candidate) => finders[candidate]),
        { fallback: true },
      );
    });
  };

  document.addEventListener("focusin", onFocusIn);
  document.addEventListener("focusout", onFocusOut);
  return () => {
    document.removeEventListener("focusin", onFocusIn);
    document.removeEventListener("focusout", onFocusOut);
  };
}
