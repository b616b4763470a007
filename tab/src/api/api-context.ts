import { createContext, useContext } from "react";
import type { ApiClient } from "./api-client";

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi must be used inside the signed-in app.");
  return api;
}
