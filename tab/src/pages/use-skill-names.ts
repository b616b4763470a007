import { useEffect, useState } from "react";
import { useApi } from "../api/api-context";
import { skillNamer } from "../profile/skill-options";

const sameId = (skillId: string) => skillId;

/**
 * Skill names from the programs' taxonomy (via the profile API), for summaries that store skill ids.
 * Until they load, or if they fail to, ids show as they are.
 */
export function useSkillNames(enabled: boolean): (skillId: string) => string {
  const api = useApi();
  const [namer, setNamer] = useState<(skillId: string) => string>(() => sameId);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    api.profile().then(
      (view) => !cancelled && setNamer(() => skillNamer(view.programs.flatMap((p) => p.skills))),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, enabled]);
  return namer;
}
