import { useCallback, useEffect, useRef, useState } from "react";

/** Loads one thing for a page and keeps it on screen while reloading; `set` replaces it after a change. */
export function useLoaded<T>(load: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);
  const alive = useRef(true);

  const reload = useCallback(async (): Promise<T | undefined> => {
    setRefreshing(true);
    try {
      const loaded = await load();
      if (alive.current) {
        setData(loaded);
        setLoadError(null);
      }
      return loaded;
    } catch (error) {
      if (alive.current) setLoadError(error);
      return undefined;
    } finally {
      if (alive.current) setRefreshing(false);
    }
  }, [load]);

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  return { data, setData, loadError, refreshing, reload };
}
