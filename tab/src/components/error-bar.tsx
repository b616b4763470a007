import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

interface ErrorBarProps {
  title?: string;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
}

/** A problem and what to do about it. Announced to screen readers as an alert. */
export function ErrorBar({ title, message, actionLabel = "Try again", onAction }: ErrorBarProps) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
      {onAction && (
        <MessageBarActions>
          <Button onClick={onAction}>{actionLabel}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
