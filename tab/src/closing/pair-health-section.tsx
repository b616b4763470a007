import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { errorMessage } from "../api/error-message";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { pairStatusLabels } from "../format/labels";
import { useViewer } from "../teams/host-context";
import { healthColors, healthLabels, meetingsWords } from "./health-words";
import type { PairHealthState } from "./use-pair-health";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    minWidth: "820px",
    backgroundColor: tokens.colorNeutralBackground1,
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  number: { fontVariantNumeric: "tabular-nums" },
  badge: { whiteSpace: "nowrap" },
});

/** Every pair with its status only: names, dates, counts and state. Never notes, goals or answers. */
export function PairHealthSection({ health }: { health: PairHealthState }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const { locale, timeZone } = useViewer();
  const { data, loadError, reload } = health;
  if (!data)
    return loadError ? (
      <ErrorBar
        title="We could not load pair health"
        message={errorMessage(loadError, "load pair health")}
        onAction={() => void reload()}
      />
    ) : (
      <LoadingState label="Loading pair health…" />
    );
  if (data.pairs.length === 0)
    return <EmptyState title="No pairs yet">Approve matches and the pairs show here.</EmptyState>;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  const day = (iso: string | null) => (iso ? dates.format(new Date(iso)) : "Not yet");

  return (
    <div className={common.stack}>
      <p className={common.meta}>
        Status only: who, when and how often. Notes, goals, survey answers and lessons learned stay with the
        pair.
      </p>
      <div className={styles.wrap}>
        <table className={styles.table} data-testid="pair-health-table">
          <caption className={styles.caption}>Pairs, those needing attention first</caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Health</th>
              <th scope="col">State</th>
              <th scope="col">Matched</th>
              <th scope="col">Agreement</th>
              <th scope="col">Last meeting</th>
              <th scope="col">Meetings vs cadence</th>
              <th scope="col">Overdue items</th>
              <th scope="col">Chemistry check</th>
            </tr>
          </thead>
          <tbody>
            {data.pairs.map((row) => (
              <tr key={row.pairId}>
                <th scope="row">
                  {row.mentee.displayName}
                  <span className={common.meta}> with {row.mentor.displayName} (mentor)</span>
                </th>
                <td>
                  <Badge appearance="tint" color={healthColors[row.health]} className={styles.badge}>
                    {healthLabels[row.health]}
                  </Badge>
                </td>
                <td>{pairStatusLabels[row.state]}</td>
                <td>{day(row.matchedAt)}</td>
                <td>{row.agreementConfirmed ? "Confirmed" : "Not confirmed"}</td>
                <td>{day(row.lastMeetingAt)}</td>
                <td className={styles.number}>
                  {meetingsWords(row)} <span className={common.meta}>({row.cadence})</span>
                </td>
                <td className={styles.number}>{row.overdueActionItems}</td>
                <td>{row.chemistryAnswered ? "Answered" : "Not answered"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
