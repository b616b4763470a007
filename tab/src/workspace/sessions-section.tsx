import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { SessionCard } from "./session-card";
import { SessionForm } from "./session-form";
import { useWorkspace } from "./workspace-context";

export function SessionsSection() {
  const styles = useCommonStyles();
  const { view, readOnly } = useWorkspace();
  const sessions = [...view.sessions].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className={styles.stack}>
      {sessions.length === 0 ? (
        <EmptyState title="No sessions logged yet">
          After you meet, log the session below. Start with the “First session” agenda.
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {sessions.map((session) => (
            <li key={session.sessionId}>
              <SessionCard session={session} />
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <SessionForm />}
    </div>
  );
}
