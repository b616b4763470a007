import type { PairHealthView } from "@baton/shared";
import { useCallback } from "react";
import { useApi } from "../api/api-context";
import { useLoaded } from "../components/use-loaded";

/** The program's pair health, shared by the console's Pair health and Closing sections. */
export function usePairHealth(programId: string) {
  const api = useApi();
  const load = useCallback(() => api.pairHealth(programId), [api, programId]);
  return useLoaded<PairHealthView>(load);
}

export type PairHealthState = ReturnType<typeof usePairHealth>;
