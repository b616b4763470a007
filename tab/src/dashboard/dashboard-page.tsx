import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { DashboardView } from "@baton/shared";
import { useCallback, useState } from "react";
import { useApi } from "../api/api-context";
import type { DashboardFilter } from "../api/api-client";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { formatInstant } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { ExportSection } from "./export-section";
import { cohortLabel } from "./figure-text";
import { KnowledgeRiskSection } from "./knowledge-risk-section";
import { OutcomesSection } from "./outcomes-section";
import { ParticipationSection } from "./participation-section";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    alignItems: "flex-end",
  },
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL, maxWidth: "1200px" },
});

/** A program's dashboard, as pinned to a channel: aggregates only, groups below the minimum hidden. */
export default function DashboardPage({ programId }: { programId: string }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const api = useApi();
  const { locale, timeZone } = useViewer();
  const [filter, setFilter] = useState<DashboardFilter>({});
  const load = useCallback(() => api.dashboard(programId, filter), [api, programId, filter]);
  const { data: view, loadError, reload, refreshing } = useLoaded<DashboardView>(load);

  if (!view) return <DashboardProblem error={loadError} onRetry={() => void reload()} />;
  const min = view.minGroupSize;
  return (
    <div className={styles.page} aria-busy={refreshing}>
      <div className={common.stack}>
        <h1 className={common.h1}>{view.programName}: dashboard</h1>
        <p className={common.meta}>
          Figures as of {formatInstant(view.asOf, locale, timeZone)}. Every figure covers at least {min}{" "}
          people; a smaller group shows as “fewer than {min}”, and a figure that would give one away by
          subtraction shows as “withheld”. No notes, goals or answers of anyone are shown.
        </p>
      </div>
      <div className={styles.filters} role="group" aria-label="Filters">
        <Field label="Cohort">
          <Select
            value={filter.cohort ?? "all"}
            onChange={(_, d) => setFilter((f) => ({ ...f, cohort: d.value }))}
          >
            {["all", ...view.cohorts].map((c) => (
              <option key={c} value={c}>
                {cohortLabel(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="From" hint="Trend and meeting figures">
          <Input
            type="date"
            value={filter.from ?? ""}
            onChange={(_, d) => setFilter((f) => ({ ...f, from: d.value || undefined }))}
          />
        </Field>
        <Field label="To">
          <Input
            type="date"
            value={filter.to ?? ""}
            onChange={(_, d) => setFilter((f) => ({ ...f, to: d.value || undefined }))}
          />
        </Field>
      </div>
      {loadError !== null && (
        <ErrorBar
          title="We could not apply the filter"
          message={errorMessage(loadError, "load the dashboard")}
        />
      )}
      <ParticipationSection view={view} />
      <OutcomesSection view={view} />
      <KnowledgeRiskSection view={view} />
      <ExportSection programId={programId} filter={filter} />
    </div>
  );
}

function DashboardProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const common = useCommonStyles();
  const notYours = isApiError(error) && (error.kind === "not-found" || error.kind === "forbidden");
  return (
    <div className={common.stack}>
      <h1 className={common.h1}>Program dashboard</h1>
      {error === null && <LoadingState label="Loading the dashboard…" />}
      {notYours && (
        <ErrorBar
          title="This dashboard is for the program's owners and sponsors"
          message="Ask the program owner (or whoever pinned this tab) to add you as a sponsor, or to open the dashboard to everyone in your organisation."
        />
      )}
      {error !== null && !notYours && (
        <ErrorBar
          title="We could not load the dashboard"
          message={errorMessage(error, "load the dashboard")}
          onAction={onRetry}
        />
      )}
    </div>
  );
}
