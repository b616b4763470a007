import type { DueItem, MembershipDocument } from "@baton/shared";
import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { formatDate, formatInstant } from "../format/dates";
import { dueKindLabels } from "../format/labels";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { useViewer } from "../teams/host-context";

const sectionFor: Record<DueItem["kind"], string> = {
  "action-due": "action-items",
  "action-overdue": "action-items",
  "agreement-to-confirm": "agreement",
  "session-planned": "sessions",
  "mentor-request": "",
};

export function DueList({ due, pairs }: { due: DueItem[]; pairs: MembershipDocument[] }) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  if (due.length === 0) {
    return (
      <EmptyState title="Nothing is due">
        {pairs.length > 0
          ? "You are up to date. Open a pair to plan your next session or add an action item."
          : "Once you are in a pair, action items and sessions that need you show up here."}
      </EmptyState>
    );
  }
  const when = (value: string) =>
    value.length === 10 ? formatDate(value, locale) : formatInstant(value, locale, timeZone);
  return (
    <ul className={styles.list} aria-label="Due items">
      {due.map((item, index) => (
        <li key={`${item.pairId || item.programId}-${index}`} className={styles.card}>
          <span>
            <strong>{dueKindLabels[item.kind]}:</strong> {item.title}
          </span>
          <span className={styles.meta}>
            {item.kind === "mentor-request" ? "Asked" : `With ${item.partnerName}`}
            {item.when
              ? `${item.kind === "mentor-request" ? " " : " · "}${item.kind === "session-planned" || item.kind === "mentor-request" ? "" : "due "}${when(item.when)}`
              : ""}
          </span>
          {item.kind === "mentor-request" ? (
            <AppLink to={paths.findMentor(item.programId ?? "")}>Answer {item.partnerName}'s request</AppLink>
          ) : (
            <AppLink to={`${paths.pair(item.pairId)}?section=${sectionFor[item.kind]}`}>
              Open {dueKindLabels[item.kind].toLowerCase()} with {item.partnerName}
            </AppLink>
          )}
        </li>
      ))}
    </ul>
  );
}
