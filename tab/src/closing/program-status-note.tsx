import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { PROGRAM_STATUS_LABELS, PROGRAM_STATUS_NEXT, type PairHealthView } from "@baton/shared";

const INTENT = {
  draft: "info",
  open: "success",
  running: "info",
  closing: "warning",
  closed: "info",
} as const;

/** Where the program stands and what happens next, at the top of the owner console. */
export function ProgramStatusNote({ view }: { view: PairHealthView | null | undefined }) {
  if (!view) return null;
  const status = view.programStatus;
  const closedOn =
    status === "closed" && view.closedAt ? ` on ${new Date(view.closedAt).toLocaleDateString()}` : "";
  return (
    <MessageBar intent={INTENT[status]} layout="multiline" data-testid="program-status">
      <MessageBarBody>
        <MessageBarTitle>
          Status: {PROGRAM_STATUS_LABELS[status]}
          {closedOn}
        </MessageBarTitle>
        {PROGRAM_STATUS_NEXT[status]}
        {view.evergreen && status === "running"
          ? " This program is evergreen: closing a cycle closes its pairs, and the program keeps running."
          : ""}
      </MessageBarBody>
    </MessageBar>
  );
}
