import type { ProfileView } from "@baton/shared";
import { useCallback } from "react";
import type { ApiClient } from "../api/api-client";
import { useLoaded } from "../components/use-loaded";

/** Loads the signed-in person's profile view; `reload` keeps the current view on screen while it runs. */
export function useProfile(api: ApiClient) {
  const load = useCallback(() => api.profile(), [api]);
  const { data: view, setData: setView, loadError, refreshing, reload } = useLoaded<ProfileView>(load);
  return { view, setView, loadError, refreshing, reload };
}
