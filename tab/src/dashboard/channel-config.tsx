import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { PinnableProgram } from "@baton/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { LoadingState } from "../components/loading-state";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { useViewer } from "../teams/host-context";
import { dashboardTabConfig, onConfigSave, setConfigValid } from "../teams/tab-config";

/**
 * The config page in a channel: the programs I own or sponsor, one of which this tab will show. The
 * server checks that I may pin it (from my token) and stores the channel's binding.
 */
export function ChannelConfig({ channelId }: { channelId: string }) {
  const styles = useCommonStyles();
  const api = useApi();
  const { host } = useViewer();
  const load = useCallback(() => api.pinnableDashboards(), [api]);
  const { data: programs, loadError, reload } = useLoaded<PinnableProgram[]>(load);
  const [programId, setProgramId] = useState("");
  const [saveError, setSaveError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const pin = useAsyncAction();
  const selection = useRef({ programId, programs });
  selection.current = { programId, programs };

  useEffect(() => {
    if (!host.inTeams) return;
    onConfigSave(
      async () => {
        const { programId: chosen, programs: list } = selection.current;
        const program = list?.find((p) => p.programId === chosen);
        if (!program) throw new Error("Choose a program first.");
        setSaveError(null);
        await api.pinDashboard(channelId, program.programId);
        return dashboardTabConfig(window.location.origin, program.programId, program.name);
      },
      (failed) => setSaveError(failed),
    ).catch((failed: unknown) => setSaveError(failed));
  }, [api, host.inTeams, channelId]);

  useEffect(() => {
    if (host.inTeams) void setConfigValid(!!programId).catch(() => undefined);
  }, [host.inTeams, programId]);

  const pinHere = async () => {
    setStatus("");
    const pinned = await pin.run(() => api.pinDashboard(channelId, programId));
    if (pinned) setStatus("The dashboard is pinned to this channel.");
  };

  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>Pin a program dashboard to this channel</h1>
      <p className={styles.text}>
        Choose one of the programs you run or sponsor. The tab shows its figures: participation, outcomes and
        knowledge risk, never anyone's notes. Who may open it is the program's choice.
      </p>
      {!programs && loadError === null && <LoadingState label="Loading your programs…" />}
      {loadError !== null && (
        <ErrorBar
          title="We could not load your programs"
          message={errorMessage(loadError, "load your programs")}
          onAction={() => void reload()}
        />
      )}
      {programs && programs.length === 0 && (
        <EmptyState title="You do not run or sponsor a program">
          Ask a program owner to add you as a sponsor; then you can pin its dashboard here.
        </EmptyState>
      )}
      {programs && programs.length > 0 && (
        <Field label="Program">
          <RadioGroup value={programId} onChange={(_, data) => setProgramId(data.value)}>
            {programs.map((p) => (
              <Radio
                key={p.programId}
                value={p.programId}
                label={`${p.name} (${p.role === "owner" ? "you run it" : "you sponsor it"})`}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {saveError !== null && (
        <ErrorBar
          title="We could not pin the dashboard"
          message={errorMessage(saveError, "pin the dashboard")}
        />
      )}
      {!host.inTeams && programs && programs.length > 0 && (
        <>
          {pin.error !== null && (
            <ErrorBar
              title="We could not pin the dashboard"
              message={errorMessage(pin.error, "pin the dashboard")}
            />
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!programId || pin.busy} onClick={() => void pinHere()}>
              Pin dashboard
            </Button>
            {status && <AppLink to={paths.dashboard(programId)}>Open the dashboard</AppLink>}
          </div>
        </>
      )}
      {host.inTeams && programId && <p className={styles.meta}>Select Save to add the tab.</p>}
      <LiveStatus message={status} />
    </div>
  );
}
