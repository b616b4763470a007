import type { ProfileDocument } from "@baton/shared";
import { Fragment } from "react";
import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { profileSummaryRows } from "./profile-summary-rows";

interface ProfileSummaryProps {
  profile: ProfileDocument | null;
  /** Skill names from the programs' taxonomy; ids show until they have loaded. */
  skillName?: (skillId: string) => string;
}

const sameId = (skillId: string) => skillId;

export function ProfileSummary({ profile, skillName = sameId }: ProfileSummaryProps) {
  const styles = useCommonStyles();
  if (!profile) {
    return (
      <EmptyState title="Your profile is not set up yet">
        Open a chat with Baton in Teams and type “join” to tell us what you want to learn or can offer.
      </EmptyState>
    );
  }
  const rows = profileSummaryRows(profile, skillName);
  return (
    <dl className={styles.dl} aria-label="My profile">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.dt}>{term}</dt>
          <dd className={styles.dd}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
