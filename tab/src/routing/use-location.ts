import { useSyncExternalStore } from "react";
import { keepParams } from "./route";

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

if (typeof window !== "undefined") window.addEventListener("popstate", notify);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const snapshot = () => window.location.pathname + window.location.search;

/** Changes the page without reloading; `replace` keeps the history clean for redirects. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = keepParams(to, window.location.search);
  if (target === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", target);
  else window.history.pushState(null, "", target);
  notify();
  window.scrollTo?.(0, 0);
}

/** Removes one query parameter from the address bar (e.g. `as` after signing in). */
export function dropSearchParam(name: string): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(name)) return;
  url.searchParams.delete(name);
  window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  notify();
}

export interface LocationState {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): LocationState {
  const value = useSyncExternalStore(subscribe, snapshot);
  const index = value.indexOf("?");
  return {
    pathname: index < 0 ? value : value.slice(0, index),
    search: new URLSearchParams(index < 0 ? "" : value.slice(index)),
  };
}

/** Sets (or removes, with null) one query parameter in place, without a new history entry. */
export function setSearchParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  const next = url.pathname + url.search + url.hash;
  if (next === window.location.pathname + window.location.search + window.location.hash) return;
  window.history.replaceState(null, "", next);
  notify();
}
