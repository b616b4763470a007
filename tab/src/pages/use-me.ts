import type { MyMentoringView } from "@baton/shared";
import { useCallback, useEffect, useState } from "react";
import { useApi } from "../api/api-context";

/** Loads "My mentoring" (profile, pairs, due items) for the signed-in person. */
export function useMe() {
  const api = useApi();
  const [me, setMe] = useState<MyMentoringView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    api.me().then(
      (loaded) => !cancelled && setMe(loaded),
      (failed: unknown) => !cancelled && setError(failed),
    );
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { me, error, retry };
}
