import type { ProfileView } from "@baton/shared";
import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";

/** Before someone joins: how to join (in chat with Baton), and the programs open to them. */
export function NotJoined({ view }: { view: ProfileView | null }) {
  const styles = useCommonStyles();
  const open = view?.programs ?? [];
  const started = view?.intakes.find((i) => i.mode === "join");
  const startedName = open.find((p) => p.programId === started?.programId)?.name;
  return (
    <div className={styles.stack}>
      <EmptyState title="You have not joined a mentoring program yet">
        <p className={styles.text}>
          To join, open a chat with Baton in Teams and type <strong>join</strong>. Baton asks a few short
          questions, then your profile shows up here and you can change it any time.
        </p>
        {started && (
          <p className={styles.text}>
            You are part-way through joining{startedName ? ` ${startedName}` : ""}. Type join to Baton to pick
            up where you left off.
          </p>
        )}
      </EmptyState>
      {open.length > 0 && (
        <section aria-labelledby="open-programs-heading" className={styles.stack}>
          <h2 id="open-programs-heading" className={styles.h2}>
            Programs open to you
          </h2>
          <ul aria-labelledby="open-programs-heading">
            {open.map((program) => (
              <li key={program.programId}>{program.name}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
