import type { PinnableProgram } from "@baton/shared";
import { useCallback } from "react";
import { useApi } from "../api/api-context";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";

/** On My mentoring: the dashboards of programs I run or sponsor (nothing at all for everyone else). */
export function MyDashboards() {
  const styles = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.pinnableDashboards(), [api]);
  const { data } = useLoaded<PinnableProgram[]>(load);
  if (!data || data.length === 0) return null;
  return (
    <section aria-labelledby="dashboards-heading" className={styles.stack}>
      <h2 id="dashboards-heading" className={styles.h2}>
        Program dashboards
      </h2>
      <ul className={styles.list} aria-labelledby="dashboards-heading">
        {data.map((p) => (
          <li key={p.programId}>
            <AppLink to={paths.dashboard(p.programId)}>{`${p.name} dashboard`}</AppLink>
            <span className={styles.meta}> · {p.role === "owner" ? "you run it" : "you sponsor it"}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
