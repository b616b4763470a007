import { Spinner, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ root: { padding: tokens.spacingVerticalXXL } });

export function LoadingState({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
