import type { ProfileView } from "@baton/shared";
import { useEffect, useState } from "react";
import { useApi } from "../api/api-context";
import { skillNamer } from "../profile/skill-options";

const sameId = (skillId: string) => skillId;

/** The person's programs with their names and skills (via the profile API); null until loaded or if it fails. */
export function useProfilePrograms(enabled: boolean): ProfileView["programs"] | null {
  const api = useApi();
  const [programs, setPrograms] = useState<ProfileView["programs"] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    api.profile().then(
      (view) => !cancelled && setPrograms(view.programs),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, enabled]);
  return programs;
}

/**
 * Skill names from the programs' taxonomy, for summaries that store skill ids.
 * Until they load, or if they fail to, ids show as they are.
 */
export function skillNamesOf(programs: ProfileView["programs"] | null): (skillId: string) => string {
  return programs ? skillNamer(programs.flatMap((p) => p.skills)) : sameId;
}
