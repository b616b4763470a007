import type { CreateResourceInput, ResourceDocument, ResourceLibraryView } from "@baton/shared";
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
import { PlaybookEditor, PlaybookView } from "./playbook";
import { ResourceForm } from "./resource-form";
import { ResourceList } from "./resource-list";

/** The program page's Resources section: the library (add, edit, remove) and the mentor playbook. */
export function LibrarySection({ programId }: { programId: string }) {
  const common = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.resources.library(programId), [api, programId]);
  const { data, setData, loadError, reload } = useLoaded<ResourceLibraryView>(load);
  const add = useAsyncAction();
  const edit = useAsyncAction();
  const [editing, setEditing] = useState<ResourceDocument | undefined>();
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

  const put = (saved: ResourceDocument) =>
    setData({
      ...data,
      resources: [saved, ...data.resources.filter((r) => r.resourceId !== saved.resourceId)],
    });
  const create = async (input: CreateResourceInput) => {
    const saved = await add.run(() => api.resources.add(programId, input));
    if (saved) {
      put(saved);
      setStatus(`Resource “${saved.title}” added.`);
    }
    return Boolean(saved);
  };
  const update = async (input: CreateResourceInput) => {
    if (!editing?._etag) return false;
    const etag = editing._etag;
    const saved = await edit.run(() =>
      api.resources.update(programId, editing.resourceId, { ...input, etag }),
    );
    if (saved) {
      put(saved);
      setEditing(undefined);
      setStatus(`Resource “${saved.title}” saved.`);
    }
    return Boolean(saved);
  };
  const remove = async (r: ResourceDocument) => {
    const done = await edit.run(() => api.resources.remove(programId, r.resourceId));
    if (done) {
      setData({ ...data, resources: data.resources.filter((x) => x.resourceId !== r.resourceId) });
      setStatus(`Resource “${r.title}” removed.`);
    }
  };
  const canEdit = (r: ResourceDocument) => data.viewer.isOwner || r.createdBy === data.viewer.userId;

  return (
    <div className={common.stack}>
      <p className={common.meta}>
        Runbooks, documents, courses, videos, books and talks for this program&apos;s skills. Pairs see the
        ones for their skills and goals in their workspace; everyone finds them with Baton&apos;s “Find a
        resource” in any chat.
      </p>
      {data.resources.length === 0 ? (
        <EmptyState title="No resources yet">Add the first one below.</EmptyState>
      ) : (
        <ResourceList
          resources={data.resources}
          skills={data.skills}
          canEdit={canEdit}
          onEdit={setEditing}
          onRemove={(r) => void remove(r)}
          busy={edit.busy}
        />
      )}
      {editing && (
        <ResourceForm
          key={editing.resourceId}
          skills={data.skills}
          editing={editing}
          action={edit}
          onSave={update}
          onCancel={() => setEditing(undefined)}
          onReload={() => void reload().then(edit.clearError)}
        />
      )}
      {data.viewer.canAdd && !editing && (
        <ResourceForm
          skills={data.skills}
          action={add}
          onSave={create}
          onReload={() => void reload().then(add.clearError)}
        />
      )}
      <LiveStatus message={status} />
      <section aria-labelledby="playbook-heading" className={common.stack}>
        <h3 id="playbook-heading" className={common.h3}>
          Mentor playbook
        </h3>
        {data.viewer.isOwner ? (
          <PlaybookEditor
            playbook={data.playbook}
            save={(markdown, etag) => api.resources.savePlaybook(programId, markdown, etag)}
            onSaved={(playbook) => setData({ ...data, playbook })}
            onReload={() => void reload()}
          />
        ) : data.playbook ? (
          <PlaybookView markdown={data.playbook.markdown} />
        ) : (
          <p className={common.meta}>No playbook yet.</p>
        )}
      </section>
    </div>
  );
}
