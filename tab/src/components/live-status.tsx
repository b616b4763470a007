import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** A polite live region for "Saved." confirmations, kept mounted so screen readers hear each change. */
export function LiveStatus({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.root}>
      {message}
    </div>
  );
}
