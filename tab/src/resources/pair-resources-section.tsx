import type { CreateResourceInput, PairResourcesView } from "@baton/shared";
import { useCallback, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { LoadingState } from "../components/loading-state";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { useWorkspace } from "../workspace/workspace-context";
import { PlaybookView } from "./playbook";
import { ResourceForm } from "./resource-form";
import { ResourceList } from "./resource-list";

/** The pair workspace's Resources: the program's resources for the pair's skills and goals, the rest, and (for the mentor) the playbook. */
export function PairResourcesSection() {
  const common = useCommonStyles();
  const api = useApi();
  const { pairId } = useWorkspace();
  const load = useCallback(() => api.resources.forPair(pairId), [api, pairId]);
  const { data, loadError, reload } = useLoaded<PairResourcesView>(load);
  const add = useAsyncAction();
  const [status, setStatus] = useState("");

  if (!data)
    return loadError ? (
      <ErrorBar
        title="We could not load the resources"
        message={errorMessage(loadError, "load the resources")}
        onAction={() => void reload()}
      />
    ) : (
      <LoadingState label="Loading the resources…" />
    );

  const create = async (input: CreateResourceInput) => {
    const saved = await add.run(() => api.resources.add(data.programId, input));
    if (saved) {
      setStatus(`Resource “${saved.title}” added to the program's library.`);
      await reload();
    }
    return Boolean(saved);
  };

  return (
    <div className={common.stack}>
      {data.forPair.length === 0 ? (
        <EmptyState title="No resources for your skills and goals yet">
          {data.others.length > 0
            ? "The program's other resources are listed below."
            : "The program's library is empty so far."}
        </EmptyState>
      ) : (
        <>
          <p className={common.meta}>For the skills and goals you are working on:</p>
          <ResourceList resources={data.forPair} skills={data.skills} />
        </>
      )}
      {data.others.length > 0 && (
        <details>
          <summary>Other resources in the program ({data.others.length})</summary>
          <ResourceList resources={data.others} skills={data.skills} />
        </details>
      )}
      {data.playbook && (
        <section aria-labelledby="pair-playbook-heading" className={common.stack}>
          <h3 id="pair-playbook-heading" className={common.h3}>
            Mentor playbook
          </h3>
          <PlaybookView markdown={data.playbook.markdown} />
        </section>
      )}
      {data.canAdd && (
        <ResourceForm
          skills={data.skills}
          action={add}
          onSave={create}
          onReload={() => void reload().then(add.clearError)}
        />
      )}
      <LiveStatus message={status} />
    </div>
  );
}
