import type { MembershipDocument } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { pairRelation, pairStatusLabels, roleLabels } from "../format/labels";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";

export function PairCard({ membership }: { membership: MembershipDocument }) {
  const styles = useCommonStyles();
  const headingId = `pair-${membership.pairId}-title`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {membership.partnerName}
      </h3>
      <p className={styles.meta}>
        {pairRelation(membership.role, membership.partnerName)} · You are the{" "}
        {roleLabels[membership.role].toLowerCase()} · Status: {pairStatusLabels[membership.status]}
      </p>
      <p style={{ margin: 0 }}>
        <AppLink to={paths.pair(membership.pairId)}>Open workspace with {membership.partnerName}</AppLink>
      </p>
    </article>
  );
}
