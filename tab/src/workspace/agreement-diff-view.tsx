import { makeStyles, tokens } from "@fluentui/react-components";
import type { AgreementTerms } from "@baton/shared";
import { Fragment, useMemo } from "react";
import { useCommonStyles } from "../components/use-common-styles";
import { useViewer } from "../teams/host-context";
import { agreementDiff, type DiffPart } from "./agreement-diff";

/**
 * Removed words are struck through and added ones underlined, and each says so in words for screen
 * readers (never colour alone). Tokens keep contrast in light, dark and high contrast.
 */
const useStyles = makeStyles({
  removed: {
    textDecorationLine: "line-through",
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  added: {
    textDecorationLine: "underline",
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

function Parts({ parts }: { parts: DiffPart[] }) {
  const styles = useStyles();
  return (
    <>
      {parts.map((part, index) =>
        part.change === "added" && parts[index - 1]?.change === "removed" ? (
          <Fragment key={index}>
            {" "}
            <ins className={styles.added}>
              <span className={styles.hidden}>[added: </span>
              {part.text}
              <span className={styles.hidden}>]</span>
            </ins>
          </Fragment>
        ) : part.change === "same" ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : part.change === "removed" ? (
          <del key={index} className={styles.removed}>
            <span className={styles.hidden}>[removed: </span>
            {part.text}
            <span className={styles.hidden}>]</span>
          </del>
        ) : (
          <ins key={index} className={styles.added}>
            <span className={styles.hidden}>[added: </span>
            {part.text}
            <span className={styles.hidden}>]</span>
          </ins>
        ),
      )}
    </>
  );
}

/** What changed from version `version` to the current one, field by field. */
export function AgreementDiffView({
  before,
  after,
  version,
  current,
}: {
  before: AgreementTerms;
  after: AgreementTerms;
  version: number;
  current: number;
}) {
  const common = useCommonStyles();
  const styles = useStyles();
  const { locale } = useViewer();
  const diff = useMemo(() => agreementDiff(before, after, locale), [before, after, locale]);
  if (diff.changed.length === 0)
    return <p className={common.text}>Version {version} and the current version have the same terms.</p>;
  return (
    <div className={common.stack}>
      <p className={common.dt}>
        What changed from version {version} to the current version {current}
      </p>
      <dl className={common.dl} aria-label={`Changes from version ${version} to version ${current}`}>
        {diff.changed.map((field) => (
          <Fragment key={field.field}>
            <dt className={common.dt}>{field.label}</dt>
            <dd className={common.dd}>
              {field.parts ? (
                <Parts parts={field.parts} />
              ) : (
                <>
                  <del className={styles.removed}>
                    <span className={styles.hidden}>[was: </span>
                    {field.before}
                    <span className={styles.hidden}>]</span>
                  </del>{" "}
                  →{" "}
                  <ins className={styles.added}>
                    <span className={styles.hidden}>[now: </span>
                    {field.after}
                    <span className={styles.hidden}>]</span>
                  </ins>
                </>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
      {diff.unchanged.length > 0 && <p className={common.meta}>Unchanged: {diff.unchanged.join(", ")}.</p>}
    </div>
  );
}
