import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { createContext, useCallback, useContext, useState } from "react";
import type { RemovableRef } from "../api/api-client";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { useAsyncAction, type AsyncAction } from "../components/use-async-action";
import { focusItem, itemDomId, sectionHeadingId } from "./focus-item";
import { useWorkspace } from "./workspace-context";

export interface DeleteRequest {
  ref: RemovableRef;
  etag: string;
  /** How the item is named in "“…” deleted." */
  label: string;
  /** The section whose heading takes focus when the item is gone. */
  section: string;
}

/** What the undo bar says: an item just deleted (with Undo), just restored, or a failed undo. */
export type UndoNotice =
  | { state: "deleted"; request: DeleteRequest }
  | { state: "restored"; label: string }
  | { state: "failed"; message: string };

interface UndoState {
  notice: UndoNotice | null;
  setNotice: (notice: UndoNotice | null) => void;
}

export const UndoContext = createContext<UndoState>({ notice: null, setNotice: () => {} });

/** The workspace's undo state, provided once by the pair workspace. */
export function useUndoState(): UndoState {
  const [notice, setNotice] = useState<UndoNotice | null>(null);
  return { notice, setNotice };
}

/**
 * The bar under the section tabs: "“…” deleted. Undo". It stays until dismissed or the next delete
 * (no timer: nobody has to be quick), sits in the tab order, and is announced politely. (A Fluent
 * Toaster was tried first: its focus management adds aria-hidden focusable sentinels around the app
 * that axe reports as serious in every theme.)
 */
export function UndoBar() {
  const { notice, setNotice } = useContext(UndoContext);
  const api = useApi();
  const { pairId, reload } = useWorkspace();
  const [busy, setBusy] = useState(false);
  if (!notice) return null;

  const undo = async (request: DeleteRequest) => {
    setBusy(true);
    try {
      await api.restoreItem(pairId, request.ref);
      await reload();
      setNotice({ state: "restored", label: request.label });
      const { kind, id, goalId } = request.ref;
      focusItem(
        kind === "milestone" ? itemDomId("goal", goalId ?? "") : itemDomId(kind, id),
        sectionHeadingId(request.section),
      );
    } catch (error) {
      setNotice({ state: "failed", message: errorMessage(error, "restore it") });
    } finally {
      setBusy(false);
    }
  };

  const dismiss = (
    <Button appearance="transparent" onClick={() => setNotice(null)}>
      Dismiss
    </Button>
  );
  if (notice.state === "failed")
    return (
      <MessageBar intent="error" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>We could not undo that.</MessageBarTitle> {notice.message}
        </MessageBarBody>
        <MessageBarActions>{dismiss}</MessageBarActions>
      </MessageBar>
    );
  if (notice.state === "restored")
    return (
      <MessageBar intent="success" politeness="polite">
        <MessageBarBody>“{notice.label}” is back.</MessageBarBody>
        <MessageBarActions>{dismiss}</MessageBarActions>
      </MessageBar>
    );
  return (
    <MessageBar intent="info" politeness="polite" data-testid="undo-bar">
      <MessageBarBody>“{notice.request.label}” deleted.</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={() => void undo(notice.request)}>
          Undo
        </Button>
        {dismiss}
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Deletes an item of the pair and offers "Undo" in the undo bar (the server keeps the item for a
 * day, so the restore is `POST …/restore` and does not depend on this page). Focus goes to the
 * section heading after the delete and back to the item after the undo.
 */
export function useDeleteWithUndo(): {
  remove: (request: DeleteRequest) => Promise<boolean>;
  action: AsyncAction;
} {
  const api = useApi();
  const { pairId, update, reload } = useWorkspace();
  const { setNotice } = useContext(UndoContext);
  const action = useAsyncAction();
  const { run } = action;

  const remove = useCallback(
    async (request: DeleteRequest) => {
      const deleted = await run(() => api.deleteItem(pairId, request.ref, request.etag));
      if (!deleted) return false;
      const { kind, id } = request.ref;
      if (kind === "session" || kind === "milestone") await reload();
      else update.removed(kind, id);
      setNotice({ state: "deleted", request });
      focusItem(sectionHeadingId(request.section), sectionHeadingId(request.section));
      return true;
    },
    [run, api, pairId, reload, update, setNotice],
  );

  return { remove, action };
}
