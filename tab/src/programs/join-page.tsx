import { useCallback } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { JoinButton } from "./join-programs";
import { PURPOSE_LABELS } from "./setup-words";

/** Where a shared "Join this program" link lands: what the program is and how to join. */
export default function JoinPage({ programId }: { programId: string }) {
  const s = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.programAbout(programId), [api, programId]);
  const { data, loadError, reload } = useLoaded(load);
  if (!data)
    return (
      <div className={s.stack}>
        <h1 className={s.h1}>Join a program</h1>
        {loadError ? (
          <ErrorBar
            title="This program is not open"
            message={errorMessage(loadError, "load the program")}
            onAction={() => void reload()}
          />
        ) : (
          <LoadingState label="Loading the program…" />
        )}
      </div>
    );
  return (
    <div className={s.stack}>
      <h1 className={s.h1}>Join {data.name}</h1>
      <p className={s.text}>
        {PURPOSE_LABELS[data.purpose]}
        {data.audience ? ` · for ${data.audience}` : ""}
      </p>
      <p className={s.meta}>
        {data.cohortEnd ? `From ${data.cohortStart} to ${data.cohortEnd}.` : `From ${data.cohortStart}.`}
      </p>
      <p className={s.text}>
        Press Join and Baton sends you a few short questions in your chat with Baton. It takes about two
        minutes, and you can pause or leave at any time.
      </p>
      <JoinButton programId={programId} started={false} />
      <p>
        <AppLink to={paths.profile()}>Open my profile</AppLink>
      </p>
    </div>
  );
}
