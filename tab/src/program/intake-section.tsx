import { makeStyles, tokens } from "@fluentui/react-components";
import type { IntakeProgressView } from "@baton/shared";
import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { SkillSupplyTable } from "./skill-supply-table";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  figure: {
    display: "flex",
    flexDirection: "column-reverse",
    justifyContent: "flex-end",
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { color: tokens.colorNeutralForeground2 },
});

/** Headline intake figures and supply and demand per skill. Counts only, never anyone's answers. */
export function IntakeSection({ intake }: { intake: IntakeProgressView }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const { locale, timeZone } = useViewer();
  const figures: [string, number][] = [
    ["Started intake", intake.started],
    ["Still answering", intake.inProgress],
    ["Taking part", intake.completed],
    ["Paused", intake.paused],
    ["Left", intake.left],
    ["Mentors", intake.mentors],
    ["Mentees", intake.mentees],
    ["Both mentor and mentee", intake.both],
    ["Mentee places offered", intake.capacityOffered],
    ["Mentees wanting a mentor", intake.demand],
  ];
  const short = intake.skills.filter((s) => s.shortfall > 0);

  return (
    <div className={common.stack}>
      <p className={common.meta}>
        As of {formatInstant(intake.asOf, locale, timeZone)}. Totals only; nobody's answers.
      </p>
      <dl className={styles.figures} aria-label="Intake figures">
        {figures.map(([label, value]) => (
          <div key={label} className={styles.figure}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="skill-supply-heading" className={common.stack}>
        <h3 id="skill-supply-heading" className={common.h3}>
          Supply and demand per skill
        </h3>
        <p className={common.text}>
          {short.length === 0
            ? "Every skill people want to learn has enough mentor places offered."
            : `${short.length} ${short.length === 1 ? "skill needs" : "skills need"} more mentor places than are offered. Shortfall is people wanting to learn a skill minus the places its mentors offer.`}
        </p>
        {intake.skills.length === 0 ? (
          <EmptyState title="No skills in this program yet" />
        ) : (
          <SkillSupplyTable skills={intake.skills} />
        )}
      </section>
    </div>
  );
}
