import { Button } from "@fluentui/react-components";
import type { AgreementDocument, PairWorkspaceView } from "@baton/shared";
import { useState } from "react";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { historyEventLabel } from "../format/labels";
import { useViewer } from "../teams/host-context";
import { pastVersions, type PastVersion } from "./agreement-diff";
import { AgreementDiffView } from "./agreement-diff-view";
import { AgreementTermsView } from "./agreement-terms-view";

function nameOf(view: PairWorkspaceView, userId: string): string {
  if (userId === view.me.userId) return "you";
  return view.pair.members.find((m) => m.userId === userId)?.displayName ?? "Baton";
}

/** One earlier version: read it, and compare it with the current terms. */
function PastVersionItem({ past, agreement }: { past: PastVersion; agreement: AgreementDocument }) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  const [reading, setReading] = useState(false);
  const [comparing, setComparing] = useState(false);
  const regionId = `agreement-version-${past.version}`;
  const compareId = `agreement-compare-${past.version}`;
  return (
    <li className={styles.stack}>
      <div className={styles.row}>
        <span>
          Version {past.version}, confirmed by both on {formatInstant(past.confirmedAt, locale, timeZone)}
        </span>
        <Button
          size="small"
          aria-expanded={reading}
          aria-controls={regionId}
          onClick={() => setReading(!reading)}
        >
          {reading ? `Hide version ${past.version}` : `Read version ${past.version}`}
        </Button>
        <Button
          size="small"
          aria-expanded={comparing}
          aria-controls={compareId}
          onClick={() => setComparing(!comparing)}
        >
          {comparing ? "Hide the comparison" : `Compare version ${past.version} with the current one`}
        </Button>
      </div>
      <div id={regionId} hidden={!reading}>
        {reading && (
          <AgreementTermsView terms={past.terms} label={`Agreement terms, version ${past.version}`} />
        )}
      </div>
      <div id={compareId} hidden={!comparing}>
        {comparing && (
          <AgreementDiffView
            before={past.terms}
            after={agreement.terms}
            version={past.version}
            current={agreement.version}
          />
        )}
      </div>
    </li>
  );
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
  const earlier = pastVersions(agreement);
  return (
    <section aria-labelledby="agreement-history-heading" className={styles.stack}>
      <h3 id="agreement-history-heading" className={styles.h3}>
        History
      </h3>
      {earlier.length > 0 && (
        <section aria-labelledby="agreement-versions-heading" className={styles.stack}>
          <h4 id="agreement-versions-heading" className={styles.dt}>
            Earlier versions
          </h4>
          <ul className={styles.list}>
            {earlier.map((past) => (
              <PastVersionItem key={past.version} past={past} agreement={agreement} />
            ))}
          </ul>
        </section>
      )}
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
