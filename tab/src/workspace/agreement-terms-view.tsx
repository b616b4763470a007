import { Fragment } from "react";
import type { AgreementTerms } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { formatDate } from "../format/dates";
import { cadenceLabels } from "../format/labels";
import { useViewer } from "../teams/host-context";

const orNone = (text: string) => (text.trim() ? text : "Not written yet");

export function AgreementTermsView({ terms }: { terms: AgreementTerms }) {
  const styles = useCommonStyles();
  const { locale } = useViewer();
  const rows: [string, string][] = [
    ["Goals", orNone(terms.goals)],
    ["Meeting frequency", cadenceLabels[terms.meetingFrequency]],
    ["Meeting length", `${terms.meetingLengthMinutes} minutes`],
    ["Channels", terms.channels.length > 0 ? terms.channels.join(", ") : "None listed"],
    ["Response time", orNone(terms.responseTime)],
    ["Confidentiality", orNone(terms.confidentiality)],
    ["Boundaries", orNone(terms.boundaries)],
    ["Start date", formatDate(terms.startDate, locale)],
    ["End date", formatDate(terms.endDate, locale)],
  ];
  return (
    <dl className={styles.dl} aria-label="Agreement terms">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.dt}>{term}</dt>
          <dd className={styles.dd}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
