import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PairStatus } from "@baton/shared";

const WORDS: Partial<
  Record<PairStatus, { intent: "info" | "warning" | "success"; title: string; text: string }>
> = {
  closing: {
    intent: "warning",
    title: "This pair is closing",
    text: "Hold your wrap-up session, then note your lessons learned and choose what comes next below.",
  },
  closed: {
    intent: "info",
    title: "This pair is closed",
    text: "Its workspace is read-only now: everything stays here for you both to read, and nothing can be changed.",
  },
  ended: {
    intent: "info",
    title: "This pair has ended",
    text: "Its workspace is read-only now: everything stays here for you both to read, and nothing can be changed.",
  },
  "continued-informally": {
    intent: "success",
    title: "You're continuing informally",
    text: "The program cycle is over and sends no more reminders; your workspace stays open to you both.",
  },
};

/** The pair's state at the top of its workspace, when it is anything but active. */
export function PairStateBanner({ status }: { status: PairStatus }) {
  const words = WORDS[status];
  if (!words) return null;
  return (
    <MessageBar intent={words.intent} layout="multiline" data-testid="pair-state-banner">
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle>
        {words.text}
      </MessageBarBody>
    </MessageBar>
  );
}
