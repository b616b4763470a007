import { Badge, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import {
  CalendarClockRegular,
  PeopleRegular,
  TargetArrowRegular,
  TaskListLtrRegular,
} from "@fluentui/react-icons";
import type { PairGlance } from "@baton/shared";
import type { ReactNode } from "react";
import { useId } from "react";
import { useCommonStyles } from "../components/use-common-styles";
import { formatDate } from "../format/dates";
import { useViewer } from "../teams/host-context";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(170px, 100%), 1fr))",
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  label: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
  },
  icon: { fontSize: "16px", color: tokens.colorBrandForeground1, flexShrink: 0 },
  value: { fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  goals: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  goal: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

function Tile({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.tile}>
      <p className={styles.label}>
        {icon}
        {label}
      </p>
      {children}
    </div>
  );
}

interface PairGlanceHeaderProps {
  glance: PairGlance;
  /** The region's heading, e.g. "Your pair at a glance" or "Oskar Lindqvist at a glance". */
  title: string;
  /** Heading level inside the page (2 in the workspace, 4 in a pair card on My mentoring). */
  level?: 2 | 4;
  /** Leave goals out (My mentoring shows the overall figure only). */
  compact?: boolean;
}

/**
 * "A pair at a glance" (issue 16): next session from the cadence, meetings this month against it,
 * goals' progress and open and overdue action items, each in words as well as bars and badges.
 * Everything comes from one already-loaded view; no request per item.
 */
export function PairGlanceHeader({ glance, title, level = 2, compact = false }: PairGlanceHeaderProps) {
  const styles = useStyles();
  const { locale } = useViewer();
  const common = useCommonStyles();
  const headingId = useId();
  const Heading = level === 2 ? "h2" : "h4";
  const next = glance.nextSession;
  const expected = glance.expectedPerMonth;
  const done = glance.goals.reduce((sum, g) => sum + g.done, 0);
  const total = glance.goals.reduce((sum, g) => sum + g.total, 0);
  return (
    <section aria-labelledby={headingId} className={common.stack}>
      <Heading id={headingId} className={level === 2 ? common.h2 : common.h3}>
        {title}
      </Heading>
      <div className={styles.root}>
        <Tile icon={<CalendarClockRegular className={styles.icon} aria-hidden />} label="Next session">
          <div className={styles.row}>
            <p className={styles.value}>
              {next ? formatDate(next.date, locale) : "When a milestone needs it"}
            </p>
            {next?.overdue && (
              <Badge appearance="filled" color="danger">
                Overdue
              </Badge>
            )}
          </div>
        </Tile>
        <Tile icon={<PeopleRegular className={styles.icon} aria-hidden />} label="Meetings this month">
          <p className={styles.value}>
            {expected
              ? `${glance.meetingsThisMonth} of ${expected} agreed`
              : `${glance.meetingsThisMonth} held`}
          </p>
          {expected ? (
            <ProgressBar
              value={Math.min(glance.meetingsThisMonth, expected)}
              max={expected}
              color={glance.meetingsThisMonth >= expected ? "success" : "brand"}
              aria-label={`Meetings this month: ${glance.meetingsThisMonth} of ${expected}`}
            />
          ) : null}
        </Tile>
        <Tile icon={<TargetArrowRegular className={styles.icon} aria-hidden />} label="Goals">
          {glance.goals.length === 0 ? (
            <p className={styles.value}>No goals yet</p>
          ) : compact ? (
            <>
              <p className={styles.value}>{`${done} of ${total} milestones`}</p>
              <ProgressBar
                value={done}
                max={Math.max(total, 1)}
                aria-label={`Milestones done: ${done} of ${total}`}
              />
            </>
          ) : (
            <ul className={styles.goals}>
              {glance.goals.map((goal) => (
                <li key={goal.goalId} className={styles.goal}>
                  <span>{`${goal.title}: ${goal.done} of ${goal.total}`}</span>
                  <ProgressBar
                    value={goal.done}
                    max={Math.max(goal.total, 1)}
                    color={goal.total > 0 && goal.done === goal.total ? "success" : "brand"}
                    aria-label={`${goal.title}: ${goal.percent}% of milestones done`}
                  />
                </li>
              ))}
            </ul>
          )}
        </Tile>
        <Tile icon={<TaskListLtrRegular className={styles.icon} aria-hidden />} label="Action items">
          <div className={styles.row}>
            <p className={styles.value}>{`${glance.openActions} open`}</p>
            <Badge
              appearance={glance.overdueActions > 0 ? "filled" : "tint"}
              color={glance.overdueActions > 0 ? "danger" : "success"}
            >
              {`${glance.overdueActions} overdue`}
            </Badge>
          </div>
        </Tile>
      </div>
    </section>
  );
}
