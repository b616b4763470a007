import { Button } from "@fluentui/react-components";
import type { MentorRequestView } from "@baton/shared";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { firstName } from "./mentor-words";

interface RequestsToMeProps {
  requests: MentorRequestView[];
  /** Called once an answer went through, with what happened in words. */
  onAnswered: (request: MentorRequestView, message: string) => void;
}

/** Requests waiting for the reader as a mentor, answered here (or from the card in the chat with Baton). */
export function RequestsToMe({ requests, onAnswered }: RequestsToMeProps) {
  const styles = useCommonStyles();
  const api = useApi();
  const action = useAsyncAction();
  const { locale, timeZone } = useViewer();
  const answer = async (request: MentorRequestView, choice: "accept" | "decline") => {
    const result = await action.run(() => api.answerMentorRequest(request, choice));
    if (result) onAnswered(result.request, result.message);
  };
  return (
    <>
      <p className={styles.text}>
        Accept or decline here, or from the card in your chat with Baton. If you decline, we tell them kindly
        and never say why.
      </p>
      {action.error ? (
        <ErrorBar title="We could not send your answer" message={errorMessage(action.error, "answer")} />
      ) : null}
      <ul className={styles.list} aria-label="Requests waiting for your answer">
        {requests.map((r) => (
          <li key={r.requestId} className={styles.card}>
            <strong>{r.menteeName} would like you as their mentor</strong>
            <span className={styles.meta}>
              Asked {formatInstant(r.createdAt, locale, timeZone)}
              {r.expiresAt ? `; please answer by ${formatInstant(r.expiresAt, locale, timeZone)}` : ""}
            </span>
            {r.message && (
              <p className={styles.text}>
                In {firstName(r.menteeName)}'s words: “{r.message}”
              </p>
            )}
            {r.reasons.length > 0 && (
              <ul className={styles.text} aria-label={`What you have in common with ${r.menteeName}`}>
                {r.reasons.map((reason, index) => (
                  <li key={index}>{reason}</li>
                ))}
              </ul>
            )}
            <div className={styles.actions}>
              <Button appearance="primary" disabled={action.busy} onClick={() => void answer(r, "accept")}>
                {`Accept ${r.menteeName}`}
              </Button>
              <Button disabled={action.busy} onClick={() => void answer(r, "decline")}>
                {`Decline ${r.menteeName}`}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
