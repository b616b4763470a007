import { Button } from "@fluentui/react-components";
import type { ProgramSetupView } from "@baton/shared";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { errorMessage, readableValidation } from "../api/error-message";
import { ActionError } from "../components/action-error";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { LoadingState } from "../components/loading-state";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { LifecyclePanel } from "./lifecycle-panel";
import { MatchingFields } from "./matching-fields";
import { OutcomesFields } from "./outcomes-fields";
import { PeoplePanel } from "./people-panel";
import { BasicsFields } from "./setup-fields";
import { changedFields, draftFromProgram, type SetupDraft } from "./setup-draft";
import { TaxonomyEditor } from "./taxonomy-editor";
import { TemplatesFields } from "./templates-fields";
import { RovingTabList } from "../components/roving-tab-list";
import { stepOfField } from "./new-program-steps";

const setupParts = [
  { id: "status", label: "Status and invitations" },
  { id: "people", label: "Owners and sponsors" },
  { id: "basics", label: "Basics" },
  { id: "taxonomy", label: "Skills taxonomy" },
  { id: "templates", label: "Agreement and agendas" },
  { id: "matching", label: "Matching" },
  { id: "outcomes", label: "Outcomes" },
] as const;
type SetupPart = (typeof setupParts)[number]["id"];

/** The owner console's Setup: status and sharing, people, and every setup field, saved with the ETag. */
export function SetupSection({
  programId,
  created = false,
  onStatusChanged,
}: {
  programId: string;
  created?: boolean;
  /** Told after a lifecycle move, so the console's status note follows. */
  onStatusChanged?: () => void;
}) {
  const s = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.programSetup(programId), [api, programId]);
  const { data: view, setData, loadError, reload, refreshing } = useLoaded<ProgramSetupView>(load);
  const [draft, setDraft] = useState<SetupDraft | null>(null);
  const [status, setStatus] = useState(
    created ? "Program created. Open it for intake when you are ready." : "",
  );
  const save = useAsyncAction();
  const [part, setPart] = useState<SetupPart>("status");
  const serverField = save.errorField;
  useEffect(() => {
    if (serverField) setPart(stepOfField(serverField) as SetupPart);
  }, [serverField]);

  // A fresh read replaces the form only when the owner has nothing unsaved.
  useEffect(() => {
    if (view)
      setDraft((d) =>
        d && Object.keys(changedFields(view.program, d)).length > 0 ? d : draftFromProgram(view.program),
      );
  }, [view]);
  const locked = useMemo(
    () => new Set(view && view.program.status !== "draft" ? view.program.skills.map((x) => x.id) : []),
    [view],
  );

  if (!view || !draft)
    return loadError ? (
      <ErrorBar
        title="We could not load the setup"
        message={errorMessage(loadError, "load the setup")}
        onAction={() => void reload()}
      />
    ) : (
      <LoadingState label="Loading the setup…" />
    );

  const patch = changedFields(view.program, draft);
  const dirty = Object.keys(patch).length > 0;
  const errorOf = (field: string) =>
    save.errorField === field && isApiError(save.error)
      ? readableValidation(save.error.message, field)
      : undefined;
  const submit = async () => {
    const saved = await save.run(() => api.saveProgramSetup(programId, view.program._etag ?? "", patch));
    if (saved) {
      setData(saved);
      setDraft(draftFromProgram(saved.program));
      setStatus("Setup saved.");
    }
  };
  const reloadTheirs = async () => {
    const fresh = await reload();
    if (fresh) {
      // Keep what this owner changed on top of the other owner's version.
      setDraft({ ...draftFromProgram(fresh.program), ...patch, cohortEnd: draft.cohortEnd } as SetupDraft);
      save.clearError();
    }
  };
  const onSaved = (next: ProgramSetupView) => setData(next);
  return (
    <div className={s.stack}>
      <LiveStatus message={status} />
      <RovingTabList items={setupParts} selected={part} prefix="setup" onSelect={setPart} />
      <div
        role="tabpanel"
        id={`setup-panel-${part}`}
        aria-labelledby={`setup-tab-${part}`}
        className={s.form}
        style={{ maxWidth: "880px" }}
      >
        {part === "status" && (
          <LifecyclePanel
            view={view}
            onSaved={(saved) => {
              onSaved(saved);
              onStatusChanged?.();
            }}
            onReload={() => void reload()}
          />
        )}
        {part === "people" && <PeoplePanel view={view} onSaved={onSaved} onReload={() => void reload()} />}
        {part === "basics" && <BasicsFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
        {part === "taxonomy" && (
          <TaxonomyEditor
            skills={draft.skills}
            lockedIds={locked}
            error={errorOf("skills")}
            onChange={(skills) => setDraft({ ...draft, skills })}
          />
        )}
        {part === "templates" && <TemplatesFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
        {part === "matching" && <MatchingFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
        {part === "outcomes" && <OutcomesFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
      </div>
      {dirty && <p className={s.meta}>You have unsaved setup changes.</p>}
      <ActionError
        error={save.error}
        action="save the setup"
        onReload={() => void reloadTheirs()}
        reloading={refreshing}
      />
      {save.errorField && !["skills"].includes(save.errorField) && errorOf(save.errorField) && (
        <p role="alert" className={s.text}>
          {errorOf(save.errorField)}
        </p>
      )}
      <div className={s.actions}>
        <Button appearance="primary" disabled={!dirty || save.busy} onClick={() => void submit()}>
          {save.busy ? "Saving…" : "Save setup"}
        </Button>
        <Button disabled={!dirty || save.busy} onClick={() => setDraft(draftFromProgram(view.program))}>
          Discard changes
        </Button>
      </div>
    </div>
  );
}
