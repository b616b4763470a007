import type { AgreementDocument, PairWorkspaceView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { historyEventLabel } from "../format/labels";
import { useViewer } from "../teams/host-context";

function nameOf(view: PairWorkspaceView, userId: string): string {
  if (userId === view.me.userId) return "you";
  return view.pair.members.find((m) => m.userId === userId)?.displayName ?? "Baton";
}

/** Every version and event, newest first. */
export function AgreementHistory({
  agreement,
  view,
}: {
  agreement: AgreementDocument;
  view: PairWorkspaceView;
}) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  const entries = agreement.history.map((entry, index) => ({ entry, index })).reverse();
  return (
    <section aria-labelledby="agreement-history-heading" className={styles.stack}>
      <h3 id="agreement-history-heading" className={styles.h3}>
        History
      </h3>
      {entries.length === 0 ? (
        <p className={styles.meta}>No changes recorded yet.</p>
      ) : (
        <ol className={styles.list} aria-label="Agreement history" reversed>
          {entries.map(({ entry, index }) => (
            <li key={index}>
              <span>
                Version {entry.version}: {historyEventLabel(entry.event, nameOf(view, entry.by))}
              </span>
              <span className={styles.meta}> · {formatInstant(entry.at, locale, timeZone)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
