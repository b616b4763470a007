import {
  Link,
  Toast,
  ToastBody,
  ToastTitle,
  Toaster,
  useId,
  useToastController,
} from "@fluentui/react-components";
import { useCallback } from "react";
import type { RemovableRef } from "../api/api-client";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { useAsyncAction, type AsyncAction } from "../components/use-async-action";
import { focusItem, itemDomId, sectionHeadingId } from "./focus-item";
import { useWorkspace } from "./workspace-context";

export const WORKSPACE_TOASTER_ID = "pair-workspace-toasts";

/** Ctrl+Shift+U moves focus to the newest toast (its Undo), for keyboard users. */
const focusShortcut = (event: KeyboardEvent) => event.ctrlKey && event.shiftKey && event.key === "U";

/** The workspace's one toaster: "… deleted. Undo". */
export function WorkspaceToaster() {
  return (
    <Toaster toasterId={WORKSPACE_TOASTER_ID} position="bottom-end" shortcuts={{ focus: focusShortcut }} />
  );
}

export interface DeleteRequest {
  ref: RemovableRef;
  etag: string;
  /** How the item is named in "“…” deleted." */
  label: string;
  /** The section whose heading takes focus when the item is gone. */
  section: string;
}

/**
 * Deletes an item of the pair and offers "Undo" in a toast (the server keeps the item for a day, so
 * the undo works even after a reload through `POST …/restore`). Focus goes to the section heading after the delete and back to
 * the item after the undo.
 */
export function useDeleteWithUndo(): {
  remove: (request: DeleteRequest) => Promise<boolean>;
  action: AsyncAction;
} {
  const api = useApi();
  const { pairId, update, reload } = useWorkspace();
  const { dispatchToast, dismissToast } = useToastController(WORKSPACE_TOASTER_ID);
  const action = useAsyncAction();
  const toastPrefix = useId("deleted");

  const undo = useCallback(
    async (request: DeleteRequest, toastId: string) => {
      dismissToast(toastId);
      try {
        await api.restoreItem(pairId, request.ref);
        await reload();
        const { kind, id, goalId } = request.ref;
        focusItem(
          kind === "milestone" ? itemDomId("goal", goalId ?? "") : itemDomId(kind, id),
          sectionHeadingId(request.section),
        );
        dispatchToast(
          <Toast>
            <ToastTitle>“{request.label}” is back.</ToastTitle>
          </Toast>,
          { intent: "success", timeout: 4000 },
        );
      } catch (error) {
        dispatchToast(
          <Toast>
            <ToastTitle>We could not undo that</ToastTitle>
            <ToastBody>{errorMessage(error, "restore it")}</ToastBody>
          </Toast>,
          { intent: "error", timeout: 10000, pauseOnHover: true },
        );
      }
    },
    [api, pairId, reload, dismissToast, dispatchToast],
  );

  const remove = useCallback(
    async (request: DeleteRequest) => {
      const deleted = await action.run(() => api.deleteItem(pairId, request.ref, request.etag));
      if (!deleted) return false;
      const { kind, id } = request.ref;
      if (kind === "session" || kind === "milestone") await reload();
      else update.removed(kind, id);
      focusItem(sectionHeadingId(request.section), sectionHeadingId(request.section));
      const toastId = `${toastPrefix}-${kind}-${id}`;
      dispatchToast(
        <Toast>
          <ToastTitle
            action={
              <Link as="button" onClick={() => void undo(request, toastId)}>
                Undo
              </Link>
            }
          >
            “{request.label}” deleted.
          </ToastTitle>
          <ToastBody>Ctrl+Shift+U moves to Undo.</ToastBody>
        </Toast>,
        { toastId, intent: "info", timeout: 10000, pauseOnHover: true, pauseOnWindowBlur: true },
      );
      return true;
    },
    [action, api, pairId, reload, update, dispatchToast, toastPrefix, undo],
  );

  return { remove, action };
}
