import type { ProfileView } from "@baton/shared";
import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { JoinPrograms } from "../programs/join-programs";

/** Before someone joins: the programs open to them, each with "Join" (the form arrives in chat with Baton). */
export function NotJoined({ view }: { view: ProfileView | null }) {
  const styles = useCommonStyles();
  const started = view?.intakes.find((i) => i.mode === "join");
  const startedName = view?.programs.find((p) => p.programId === started?.programId)?.name;
  return (
    <div className={styles.stack}>
      <EmptyState title="You have not joined a mentoring program yet">
        <p className={styles.text}>
          Pick a program below and press <strong>Join</strong>: Baton sends you a few short questions in your
          chat with Baton (or type <strong>join</strong> there). Then your profile shows up here and you can
          change it any time.
        </p>
        {started && (
          <p className={styles.text}>
            You are part-way through joining{startedName ? ` ${startedName}` : ""}. Pick up where you left off
            in your chat with Baton.
          </p>
        )}
      </EmptyState>
      <JoinPrograms />
    </div>
  );
}
