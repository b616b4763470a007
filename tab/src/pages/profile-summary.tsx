import type { ProfileDocument } from "@baton/shared";
import { Fragment } from "react";
import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";

const levelLabels: Record<ProfileDocument["level"], string> = {
  "new-hire": "New hire",
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  lead: "Lead",
};

const statusLabels: Record<ProfileDocument["status"], string> = {
  active: "Taking part",
  paused: "Paused",
  left: "Left the program",
};

const skillList = (claims: ProfileDocument["learn"], skillName: (skillId: string) => string) =>
  claims.length > 0
    ? claims.map((c) => `${skillName(c.skillId)} (level ${c.level} of 4)`).join(", ")
    : "Nothing listed";

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
  const rows: [string, string][] = [
    ["Name", profile.displayName],
    ["Role", [profile.role, profile.team].filter(Boolean).join(", ") || "Not given"],
    ["Experience", levelLabels[profile.level]],
    ["Participation", statusLabels[profile.status]],
    ["Learning", skillList(profile.learn, skillName)],
    ["Offering", skillList(profile.offer, skillName)],
    [
      "Mentor capacity",
      profile.mentorCapacity > 0
        ? `Up to ${profile.mentorCapacity} ${profile.mentorCapacity === 1 ? "mentee" : "mentees"}`
        : "Not mentoring",
    ],
    ["Time zone", profile.timeZone],
  ];
  if (profile.goals.trim()) rows.push(["My goals", profile.goals]);
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
