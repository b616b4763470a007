import { createContext, useContext } from "react";
import type { TeamsHost } from "./teams-host";

export interface Viewer {
  host: TeamsHost;
  locale: string;
  timeZone: string;
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer must be used inside the app.");
  return viewer;
}
