import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";

export default function NotFoundPage() {
  const styles = useCommonStyles();
  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>Page not found</h1>
      <EmptyState title="There is nothing at this address">
        <AppLink to={paths.personal()}>Go to My mentoring</AppLink>
      </EmptyState>
    </div>
  );
}
