import { Button, Field, Select } from "@fluentui/react-components";
import type { BatonSettingsView, PersonView } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { PersonSearch } from "./person-search";

type Settings = NonNullable<BatonSettingsView["settings"]>;

/** For Baton admins: who may create programs, and who the admins are (ADR 0008). */
export function SettingsPanel({
  view,
  onSaved,
  onReload,
}: {
  view: Settings;
  onSaved: (view: BatonSettingsView) => void;
  onReload: () => void;
}) {
  const s = useCommonStyles();
  const api = useApi();
  const action = useAsyncAction();
  const [status, setStatus] = useState("");
  const save = async (
    change: { adminIds?: string[]; creatorIds?: string[]; programCreation?: "anyone" | "listed" },
    done: string,
  ) => {
    const saved = await action.run(() => api.saveSettings(view._etag ?? "", change));
    if (saved) {
      onSaved(saved);
      setStatus(done);
    }
  };
  const list = (title: string, people: PersonView[], ids: string[], key: "adminIds" | "creatorIds") => (
    <div className={s.stack}>
      <h4 className={s.h3}>{title}</h4>
      <ul className={s.list} aria-label={title}>
        {people.map((p) => (
          <li key={p.userId} className={s.row}>
            <span>{p.displayName}</span>
            {(key === "creatorIds" || ids.length > 1) && (
              <Button
                size="small"
                appearance="subtle"
                aria-label={`Remove ${p.displayName} from ${title.toLowerCase()}`}
                onClick={() =>
                  void save({ [key]: ids.filter((x) => x !== p.userId) }, `${p.displayName} removed.`)
                }
              >
                Remove
              </Button>
            )}
          </li>
        ))}
        {people.length === 0 && <li className={s.meta}>Nobody yet.</li>}
      </ul>
    </div>
  );
  return (
    <div className={s.form}>
      <h3 className={s.h3}>Baton settings for your organisation</h3>
      <Field label="Who may create programs">
        <Select
          value={view.programCreation}
          disabled={action.busy}
          onChange={(_, d) =>
            void save({ programCreation: d.value as "anyone" | "listed" }, "Saved who may create programs.")
          }
        >
          <option value="anyone">Anyone in the organisation</option>
          <option value="listed">Only Baton admins and the people listed</option>
        </Select>
      </Field>
      <div className={s.formRow}>
        {list("Baton admins", view.admins, view.adminIds, "adminIds")}
        {list("May create programs", view.creators, view.creatorIds, "creatorIds")}
      </div>
      <PersonSearch
        actions={(p) => (
          <>
            <Button
              size="small"
              disabled={view.adminIds.includes(p.userId) || action.busy}
              onClick={() =>
                void save({ adminIds: [...view.adminIds, p.userId] }, `${p.displayName} is now an admin.`)
              }
            >
              Make {p.displayName} an admin
            </Button>
            <Button
              size="small"
              disabled={view.creatorIds.includes(p.userId) || action.busy}
              onClick={() =>
                void save(
                  { creatorIds: [...view.creatorIds, p.userId] },
                  `${p.displayName} may create programs.`,
                )
              }
            >
              Let {p.displayName} create programs
            </Button>
          </>
        )}
      />
      <ActionError error={action.error} action="change the settings" onReload={onReload} keepsText={false} />
      <LiveStatus message={status} />
    </div>
  );
}
