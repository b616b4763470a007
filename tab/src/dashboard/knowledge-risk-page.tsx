import { Badge } from "@fluentui/react-components";
import type { KnowledgeRiskExact } from "@baton/shared";
import { useCallback } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { DataTable } from "./chart-panel";

/** The owner console's exact knowledge-risk counts (owners only; the shared dashboard hides small ones). */
export default function KnowledgeRiskPage({ programId }: { programId: string }) {
  const common = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.knowledgeRisk(programId), [api, programId]);
  const { data, loadError, reload } = useLoaded<KnowledgeRiskExact>(load);
  if (!data)
    return (
      <div className={common.stack}>
        <h1 className={common.h1}>Knowledge risk (exact)</h1>
        {loadError === null ? (
          <LoadingState label="Loading…" />
        ) : isApiError(loadError) && loadError.kind === "not-found" ? (
          <ErrorBar title="For program owners only" message="Only the program's owners see exact counts." />
        ) : (
          <ErrorBar
            title="We could not load the counts"
            message={errorMessage(loadError, "load the counts")}
            onAction={() => void reload()}
          />
        )}
      </div>
    );
  const single = data.skills.filter((s) => s.singlePoint);
  return (
    <div className={common.stack}>
      <h1 className={common.h1}>Knowledge risk (exact, owners only)</h1>
      <p className={common.meta}>
        Exact counts, small ones too, for you as the program's owner. Do not copy them to the channel: the
        shared dashboard hides groups below the minimum size.
      </p>
      <p className={common.text}>
        {single.length === 0
          ? "No critical skill rests on one person."
          : `Single points of knowledge (no holder or one): ${single.map((s) => s.name).join(", ")}.`}
      </p>
      <DataTable
        caption="Critical skills, exact counts"
        columns={[
          "Skill",
          "Holders",
          "Mentors offering",
          "Learning now",
          "Wanting it",
          "Mentor places",
          "Single point",
        ]}
        rows={data.skills.map((s) => [
          s.name,
          s.holders,
          s.mentors,
          s.learning,
          s.demand,
          s.supply,
          s.singlePoint ? "yes" : "no",
        ])}
      />
      {single.length > 0 && (
        <p>
          <Badge color="danger">{single.length} at risk</Badge>
        </p>
      )}
      <p>
        <AppLink to={paths.dashboard(programId)}>Open the shared dashboard</AppLink>
      </p>
    </div>
  );
}
