import { useCommonStyles } from "../components/use-common-styles";

export function OpenInTeamsPage() {
  const styles = useCommonStyles();
  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>Open Baton in Microsoft Teams</h1>
      <p className={styles.text}>
        Baton runs inside Microsoft Teams, which signs you in. Open Teams, select Apps, and find Baton to see
        your mentoring.
      </p>
    </div>
  );
}
