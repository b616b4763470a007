import { useEffect, useRef } from "react";
import type { RefObject } from "react";
import { focusAfterWith } from "../components/focus-after";

/** "My profile – Baton"; just "Baton" without a page name. */
export const documentTitle = (page: string | undefined): string => (page ? `${page} – Baton` : "Baton");

/**
 * Keeps the document title in step with the page's h1 ("Mentoring with Oskar Lindqvist – Baton"),
 * using `fallback` (the route's name) until the h1 renders; screen readers announce it on navigation.
 */
export function usePageTitle(main: RefObject<HTMLElement | null>, fallback: string): void {
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    const update = () => {
      const heading = root.querySelector("h1")?.textContent?.trim();
      const next = documentTitle(heading || fallback);
      if (document.title !== next) document.title = next;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [main, fallback]);
}

/** After in-app navigation (not the first load), focus moves to the new page's h1 once it renders. */
export function useFocusHeadingOnNavigation(pathname: string): void {
  const seen = useRef<string | null>(null);
  useEffect(() => {
    const first = seen.current === null;
    seen.current = pathname;
    if (first) return;
    void focusAfterWith({ graceMs: 5000, timeoutMs: 8000 }, ["#main h1", "#main"]);
  }, [pathname]);
}
