import type { PairWorkspaceView } from "@baton/shared";
import { createContext, useContext } from "react";
import type { WorkspaceUpdates } from "./use-pair-workspace";

export interface WorkspaceContextValue {
  pairId: string;
  view: PairWorkspaceView;
  update: WorkspaceUpdates;
  reload: () => Promise<void>;
  refreshing: boolean;
  /** A closed or ended pair: everything is shown, nothing can be changed (edit controls are hidden). */
  readOnly: boolean;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace must be used inside a pair workspace.");
  return value;
}

/** The display name of a pair member, or a neutral fallback for system entries. */
export function memberName(view: PairWorkspaceView, userId: string): string {
  if (userId === view.me.userId) return `${view.me.displayName} (you)`;
  return view.pair.members.find((m) => m.userId === userId)?.displayName ?? "Baton";
}
