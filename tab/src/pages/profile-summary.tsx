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
        Press Join on a program above (Baton sends you a few questions in your chat with Baton), or type
        “join” to Baton in Teams.
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
