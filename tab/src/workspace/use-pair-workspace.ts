import type {
  ActionItemDocument,
  AgreementDocument,
  DeletableKind,
  GoalDocument,
  PairWorkspaceView,
  PrivateNoteDocument,
  SessionDocument,
} from "@baton/shared";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ApiClient } from "../api/api-client";
import { upsertBy } from "./upsert";

export interface WorkspaceUpdates {
  agreement: (doc: AgreementDocument) => void;
  goal: (doc: GoalDocument) => void;
  actionItem: (doc: ActionItemDocument) => void;
  session: (doc: SessionDocument) => void;
  privateNote: (doc: PrivateNoteDocument) => void;
  /** Drops a deleted goal, action item, session or note from the view. */
  removed: (kind: DeletableKind, id: string) => void;
}

export interface PairWorkspaceState {
  view: PairWorkspaceView | null;
  loadError: unknown;
  /** True while a reload runs; the current view stays on screen so open forms keep their text. */
  refreshing: boolean;
  reload: () => Promise<void>;
  update: WorkspaceUpdates;
}

export function usePairWorkspace(api: ApiClient, pairId: string): PairWorkspaceState {
  const [view, setView] = useState<PairWorkspaceView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setView(null);
    setLoadError(null);
    api.pair(pairId).then(
      (loaded) => !cancelled && setView(loaded),
      (error: unknown) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [api, pairId]);

  const reload = useCallback(async () => {
    setRefreshing(true);
    try {
      const loaded = await api.pair(pairId);
      setView(loaded);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    } finally {
      setRefreshing(false);
    }
  }, [api, pairId]);

  const update = useMemo<WorkspaceUpdates>(() => {
    const patch = (change: (current: PairWorkspaceView) => PairWorkspaceView) =>
      setView((current) => (current ? change(current) : current));
    return {
      agreement: (doc) => patch((v) => ({ ...v, agreement: doc })),
      goal: (doc) => patch((v) => ({ ...v, goals: upsertBy(v.goals, doc, "goalId") })),
      actionItem: (doc) =>
        patch((v) => ({ ...v, actionItems: upsertBy(v.actionItems, doc, "actionItemId") })),
      session: (doc) => patch((v) => ({ ...v, sessions: upsertBy(v.sessions, doc, "sessionId") })),
      privateNote: (doc) => patch((v) => ({ ...v, privateNotes: upsertBy(v.privateNotes, doc, "noteId") })),
      removed: (kind, id) =>
        patch((v) => ({
          ...v,
          goals: kind === "goal" ? v.goals.filter((d) => d.goalId !== id) : v.goals,
          actionItems:
            kind === "actionItem" ? v.actionItems.filter((d) => d.actionItemId !== id) : v.actionItems,
          sessions: kind === "session" ? v.sessions.filter((d) => d.sessionId !== id) : v.sessions,
          privateNotes:
            kind === "privateNote" ? v.privateNotes.filter((d) => d.noteId !== id) : v.privateNotes,
        })),
    };
  }, []);

  return { view, loadError, refreshing, reload, update };
}
