import type { MentorRequestView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";

/** Requests waiting for the reader as a mentor: read-only here, answered in the chat with Baton. */
export function RequestsToMe({ requests }: { requests: MentorRequestView[] }) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  return (
    <>
      <p className={styles.text}>
        Answer in your chat with Baton in Teams: each request there has Accept and Decline. If you decline, we
        tell them kindly and never say why.
      </p>
      <ul className={styles.list} aria-label="Requests waiting for your answer">
        {requests.map((r) => (
          <li key={r.requestId} className={styles.card}>
            <strong>{r.menteeName} would like you as their mentor</strong>
            <span className={styles.meta}>Asked {formatInstant(r.createdAt, locale, timeZone)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
