import { useEffect } from "react";
import { focusAfter } from "./focus-after";

const initialFocus = '[role="dialog"] [data-initial-focus], [role="alertdialog"] [data-initial-focus]';

/**
 * When a dialog opens, focus goes to its least destructive control (marked `data-initial-focus`: the
 * message field or Cancel), not to the first button, which may send or delete. Focus returns to the
 * opener when it closes through the focus guard (`focus-guard.ts`).
 */
export function useDialogInitialFocus(open: boolean): void {
  useEffect(() => {
    if (open) void focusAfter(initialFocus);
  }, [open]);
}
