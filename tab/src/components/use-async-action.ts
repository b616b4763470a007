import { useCallback, useRef, useState } from "react";
import { isApiError } from "../api/api-error";
import { trackAction } from "./focus-after";

export interface AsyncAction {
  busy: boolean;
  error: unknown;
  /** Runs `task`; returns its result, or undefined when it failed (the error is kept for display). */
  run: <T>(task: () => Promise<T>) => Promise<T | undefined>;
  clearError: () => void;
  /** The server's field path when the failure was a validation error. */
  errorField: string | undefined;
}

export function useAsyncAction(): AsyncAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);

  const run = useCallback(async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await trackAction(task);
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  const errorField = isApiError(error) && error.kind === "validation" ? error.field : undefined;
  return { busy, error, run, clearError, errorField };
}
