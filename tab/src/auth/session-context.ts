import { createContext, useContext } from "react";

/** What the header needs to know about the signed-in session. */
export interface SessionControls {
  devMode: boolean;
  switchPerson: () => void;
}

export const SessionContext = createContext<SessionControls>({ devMode: false, switchPerson: () => {} });

export const useSession = () => useContext(SessionContext);
