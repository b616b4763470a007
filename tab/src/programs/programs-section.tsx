import { useCallback, useEffect, useState } from "react";
import type { BatonSettingsView, MyMentoringView } from "@baton/shared";
import { useApi } from "../api/api-context";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { SettingsPanel } from "./settings-panel";

/** "Programs" on My mentoring: the programs I run, and "New program" for people allowed to create one. */
export function ProgramsSection({ owned }: { owned: MyMentoringView["ownedPrograms"] }) {
  const s = useCommonStyles();
  const api = useApi();
  const [settings, setSettings] = useState<BatonSettingsView | null>(null);
  const load = useCallback(() => {
    let cancelled = false;
    api.settings().then(
      (loaded) => !cancelled && setSettings(loaded),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  useEffect(load, [load]);
  const canCreate = settings?.canCreatePrograms ?? false;

  if (owned.length === 0 && !canCreate) return null;
  return (
    <section aria-labelledby="owned-heading" className={s.stack}>
      <h2 id="owned-heading" className={s.h2}>
        {owned.length > 0 ? "Programs I run" : "Programs"}
      </h2>
      {owned.length > 0 ? (
        <ul className={s.list} aria-labelledby="owned-heading">
          {[...owned]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((program) => (
              <li key={program.programId}>
                <AppLink to={paths.program(program.programId)}>{program.name}</AppLink>
                <span className={s.meta}> · setup, intake progress and match review</span>
              </li>
            ))}
        </ul>
      ) : (
        <p className={s.text}>
          Run a mentoring program for your team: set it up in a few steps, then open it.
        </p>
      )}
      {canCreate && (
        <p className={s.text}>
          <AppLink to={paths.newProgram()}>New program</AppLink>
        </p>
      )}
      {settings?.settings && <SettingsPanel view={settings.settings} onSaved={setSettings} onReload={load} />}
    </section>
  );
}
