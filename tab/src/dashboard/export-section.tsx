import { Button } from "@fluentui/react-components";
import { dashboardTables, type DashboardTable } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import type { DashboardFilter } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { useCommonStyles } from "../components/use-common-styles";

const TABLE_LABELS: Record<DashboardTable, string> = {
  participation: "Participation",
  monthly: "Meetings by month",
  weekly: "Trend by week",
  retention: "Mentor retention",
  usefulness: "Usefulness",
  surveys: "Surveys",
  "skill-change": "Skill change",
  outcomes: "Outcomes",
  "knowledge-risk": "Knowledge risk",
};

/** Every table as CSV (UTF-8 with BOM, opens in Excel), with the same filters and hidden figures. */
export function ExportSection({ programId, filter }: { programId: string; filter: DashboardFilter }) {
  const common = useCommonStyles();
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const download = async (table: DashboardTable) => {
    setError(null);
    try {
      const blob = await api.dashboardCsv(programId, table, filter);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `${programId}-${table}.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(`${TABLE_LABELS[table]} downloaded.`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="export-heading" className={common.stack}>
      <h2 id="export-heading" className={common.h2}>
        Export
      </h2>
      <p className={common.meta}>
        Each table as a CSV file for Excel. Figures only: no names, notes, goals or answers.
      </p>
      <div className={common.actions}>
        {dashboardTables.map((table) => (
          <Button key={table} onClick={() => void download(table)}>
            {TABLE_LABELS[table]} (CSV)
          </Button>
        ))}
      </div>
      {error !== null && (
        <ErrorBar title="We could not export this table" message={errorMessage(error, "export this table")} />
      )}
      <LiveStatus message={status} />
    </section>
  );
}
