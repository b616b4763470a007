import { Avatar, Badge } from "@fluentui/react-components";
import type { PairGlance } from "@baton/shared";
import { pairStatusBadge } from "../format/status-badges";
import { PairGlanceHeader } from "../workspace/pair-glance-header";
import type { MembershipDocument } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { pairRelation, pairStatusLabels, roleLabels } from "../format/labels";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";

export function PairCard({ membership, glance }: { membership: MembershipDocument; glance?: PairGlance }) {
  const styles = useCommonStyles();
  const headingId = `pair-${membership.pairId}-title`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.row}>
        <Avatar name={membership.partnerName} color="colorful" size={36} aria-hidden />
        <h3 id={headingId} className={styles.h3}>
          {membership.partnerName}
        </h3>
        <Badge appearance="tint" color={pairStatusBadge(membership.status)}>
          {pairStatusLabels[membership.status]}
        </Badge>
      </div>
      <p className={styles.meta}>
        {pairRelation(membership.role, membership.partnerName)} · You are the{" "}
        {roleLabels[membership.role].toLowerCase()}
      </p>
      {glance && (
        <PairGlanceHeader glance={glance} title={`${membership.partnerName} at a glance`} level={4} compact />
      )}
      <p style={{ margin: 0 }}>
        <AppLink to={paths.pair(membership.pairId)}>Open workspace with {membership.partnerName}</AppLink>
      </p>
    </article>
  );
}
