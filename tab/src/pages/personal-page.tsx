import { PeopleRegular } from "@fluentui/react-icons";
import { MyDashboards } from "../dashboard/my-dashboards";
import { errorMessage } from "../api/error-message";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { DueList } from "./due-list";
import { PairCard } from "./pair-card";
import { ProfileSummary } from "./profile-summary";
import { useMe } from "./use-me";
import { FindMentorLinks } from "../mentors/find-mentor-links";
import { programsToFindMentor, programsToMentorIn } from "../mentors/mentor-words";
import { skillNamesOf, useProfilePrograms } from "./use-skill-names";
import { ProgramsSection } from "../programs/programs-section";
import { JoinPrograms } from "../programs/join-programs";

export default function PersonalPage() {
  const styles = useCommonStyles();
  const { me, error, retry } = useMe();
  const programs = useProfilePrograms(!!me?.profile);
  const skillName = skillNamesOf(programs);

  if (!me) {
    return (
      <div className={styles.stack}>
        <h1 className={styles.h1}>My mentoring</h1>
        {error ? (
          <ErrorBar
            title="We could not load your mentoring"
            message={errorMessage(error, "load your mentoring")}
            onAction={retry}
          />
        ) : (
          <LoadingState label="Loading your mentoring…" />
        )}
      </div>
    );
  }

  const pairs = [...me.pairs].sort((a, b) => a.partnerName.localeCompare(b.partnerName));

  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>My mentoring</h1>
      <p className={styles.meta}>Welcome, {me.me.displayName}.</p>
      {!me.profile && <JoinPrograms />}

      <section aria-labelledby="due-heading" className={styles.stack}>
        <h2 id="due-heading" className={styles.h2}>
          What is due
        </h2>
        <DueList due={me.due} pairs={me.pairs} />
      </section>

      <section aria-labelledby="pairs-heading" className={styles.stack}>
        <h2 id="pairs-heading" className={styles.h2}>
          My pairs
        </h2>
        {pairs.length === 0 ? (
          <EmptyState title="No pairs yet" icon={<PeopleRegular />}>
            When your program owner approves a match, your pair appears here with a link to your shared
            workspace. Make sure your profile is complete so Baton can find a good match.
          </EmptyState>
        ) : (
          <ul className={styles.list} aria-label="My pairs">
            {pairs.map((membership) => (
              <li key={membership.pairId}>
                <PairCard membership={membership} glance={me.glances?.[membership.pairId]} />
              </li>
            ))}
          </ul>
        )}
        {me.profile?.status === "paused" && (
          <p className={styles.text}>
            You're paused, so Baton won't match you or send reminders.{" "}
            <AppLink to={paths.profile()}>Resume on My profile</AppLink> when you're ready.
          </p>
        )}
        {me.profile?.status === "left" && (
          <p className={styles.text}>
            You left the program. Your profile is kept:{" "}
            <AppLink to={paths.profile()}>rejoin on My profile</AppLink> whenever you like.
          </p>
        )}
        <FindMentorLinks
          programIds={programsToFindMentor(me)}
          mentorProgramIds={programsToMentorIn(me)}
          programs={programs}
        />
      </section>

      <section aria-labelledby="profile-heading" className={styles.stack}>
        <h2 id="profile-heading" className={styles.h2}>
          My profile
        </h2>
        <ProfileSummary profile={me.profile} skillName={skillName} />
        <p className={styles.text}>
          <AppLink to={paths.profile()}>{me.profile ? "Edit my profile" : "Open my profile"}</AppLink>
        </p>
      </section>

      <ProgramsSection owned={me.ownedPrograms} />
      <MyDashboards />
    </div>
  );
}
