import type { ProfileView } from "@baton/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiClient } from "../api/api-client";

/** Loads the signed-in person's profile view; `reload` keeps the current view on screen while it runs. */
export function useProfile(api: ApiClient) {
  const [view, setView] = useState<ProfileView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);
  const alive = useRef(true);

  const reload = useCallback(async (): Promise<ProfileView | undefined> => {
    setRefreshing(true);
    try {
      const loaded = await api.profile();
      if (alive.current) {
        setView(loaded);
        setLoadError(null);
      }
      return loaded;
    } catch (error) {
      if (alive.current) setLoadError(error);
      return undefined;
    } finally {
      if (alive.current) setRefreshing(false);
    }
  }, [api]);

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  return { view, setView, loadError, refreshing, reload };
}
