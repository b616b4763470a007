import { Avatar } from "@fluentui/react-components";
import type { AgreementDocument, PairWorkspaceView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { roleLabels } from "../format/labels";
import { useViewer } from "../teams/host-context";

/** Who has confirmed the current version, in words (never colour only). */
export function AgreementConfirmations({
  agreement,
  view,
}: {
  agreement: AgreementDocument;
  view: PairWorkspaceView;
}) {
  const styles = useCommonStyles();
  const { locale, timeZone } = useViewer();
  return (
    <ul className={styles.list} aria-label={`Confirmations of version ${agreement.version}`}>
      {view.pair.members.map((member) => {
        const at = agreement.confirmations[member.userId];
        const who = member.userId === view.me.userId ? "You" : member.displayName;
        return (
          <li key={member.userId} className={styles.row}>
            <Avatar name={member.displayName} size={24} color="colorful" aria-hidden />
            {who} ({roleLabels[member.role].toLowerCase()}):{" "}
            {at ? `confirmed on ${formatInstant(at, locale, timeZone)}` : "not confirmed yet"}
          </li>
        );
      })}
    </ul>
  );
}
