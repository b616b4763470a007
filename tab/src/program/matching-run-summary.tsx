import { Fragment } from "react";
import { matchReviewSummaryRows, type MatchingView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";

/** The latest run in a few lines: when, how many matched, and how good the total is. Every count
 * comes from the same lists the page shows below. */
export function MatchingRunSummary({ view }: { view: MatchingView }) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  if (!view.run) return null;
  const rows = matchReviewSummaryRows(view, formatInstant(view.run.finishedAt, locale, timeZone));
  return (
    <dl className={styles.dl} aria-label="Latest matching run">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.dt}>{term}</dt>
          <dd className={styles.dd}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
