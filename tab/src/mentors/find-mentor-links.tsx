import type { ProfileView } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";

interface FindMentorLinksProps {
  /** Programs where the person is looking for a mentor (see programsToFindMentor). */
  programIds: string[];
  /** Programs where the person mentors, for the requests made to them (see programsToMentorIn). */
  mentorProgramIds: string[];
  /** For the programs' names; ids show until they load. */
  programs: ProfileView["programs"] | null;
}

/** On My mentoring: choose a mentor yourself where you have none yet; mentors see requests to them. */
export function FindMentorLinks({
  programIds: candidates,
  mentorProgramIds,
  programs,
}: FindMentorLinksProps) {
  const styles = useCommonStyles();
  // Where owners approve every match, nobody asks a mentor directly.
  const programIds = candidates.filter(
    (id) => programs?.find((p) => p.programId === id)?.menteesMayRequest !== false,
  );
  const mentoring = mentorProgramIds.filter((id) => !programIds.includes(id));
  if (programIds.length === 0 && mentoring.length === 0) return null;
  const name = (id: string) => programs?.find((p) => p.programId === id)?.name;
  const inProgram = (id: string) => (name(id) ? ` · ${name(id)}` : "");
  return (
    <div className={styles.stack}>
      {programIds.length > 0 && (
        <p className={styles.text}>
          Looking for a mentor? Wait for your program owner's next matching round, or choose someone yourself.
        </p>
      )}
      <ul className={styles.list} aria-label="Find a mentor and mentor requests">
        {programIds.map((id) => (
          <li key={id}>
            <AppLink to={paths.findMentor(id)}>Find a mentor</AppLink>
            <span className={styles.meta}>{inProgram(id)}</span>
          </li>
        ))}
        {mentoring.map((id) => (
          <li key={id}>
            <AppLink to={paths.findMentor(id)}>Requests to mentor someone</AppLink>
            <span className={styles.meta}>{inProgram(id)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
