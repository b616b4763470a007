import { Fragment } from "react";
import type { MatchRunView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { optimalityWords } from "./match-words";

/** The latest run in a few lines: when, how many matched, and how good the total is. */
export function MatchingRunSummary({ run }: { run: MatchRunView }) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  const s = run.summary;
  const rows: [string, string][] = [
    [
      "Run",
      `${formatInstant(run.finishedAt, locale, timeZone)} (${run.mode === "certify" ? "proven best" : "fast"})`,
    ],
    ["Matched", `${s.matched} of ${s.mentees} mentees`],
    ["Not matched", String(s.unmatched)],
    ["Locked pairs kept", String(s.locked)],
    ["Total score", `${Math.round(s.totalScore)}. ${optimalityWords(s)}`],
    [
      "Stability",
      s.blockingPairs === 0
        ? "No mentee and mentor would both rather be together than with their match."
        : `${s.blockingPairs} mentee and mentor ${s.blockingPairs === 1 ? "pair" : "pairs"} would both rather be together.`,
    ],
  ];
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
