import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ParticipationView } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useAsyncAction } from "../components/use-async-action";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { LeaveDialog } from "./leave-dialog";
import { NotJoined } from "./not-joined";
import { ParticipationSection } from "./participation-section";
import { ProfileEditor } from "./profile-editor";
import { useProfile } from "./use-profile";

/** "My profile": the person's intake answers, editable, and their participation. */
export function ProfileScreen() {
  const styles = useCommonStyles();
  const api = useApi();
  const { view, setView, loadError, refreshing, reload } = useProfile(api);
  const [notice, setNotice] = useState("");
  // A new editor after pause, resume or leave, so it starts from the saved profile.
  const [generation, setGeneration] = useState(0);
  const leave = useAsyncAction();
  const [leaving, setLeaving] = useState(false);
  // Mounted on first use, then kept: a never-opened Fluent Dialog adds focusable aria-hidden helpers
  // (axe: aria-hidden-focus), and one removed while closing can leave the page aria-hidden.
  const [dialogUsed, setDialogUsed] = useState(false);

  const onParticipation = (result: ParticipationView) => {
    setNotice(result.message);
    void reload().then(() => setGeneration((n) => n + 1));
  };

  const confirmLeave = async (deleteProfile: boolean) => {
    const result = await leave.run(() => api.leave(deleteProfile));
    if (!result) return;
    setLeaving(false);
    onParticipation(result);
  };

  const leaveDialog = dialogUsed && (
    <LeaveDialog
      open={leaving}
      busy={leave.busy}
      error={leave.error}
      onCancel={() => {
        leave.clearError();
        setLeaving(false);
      }}
      onLeave={(deleteProfile) => void confirmLeave(deleteProfile)}
    />
  );

  const title = <h1 className={styles.h1}>My profile</h1>;
  const noticeRegion = (
    <div role="status" aria-live="polite">
      {notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  if (!view) {
    const notJoined = isApiError(loadError) && loadError.kind === "not-found";
    // The heading sits where the loaded page has it (stack > div > h1), so React keeps the same element
    // when the data arrives and focus stays on it (a new h1 would drop focus to <body> for a moment).
    return (
      <div className={styles.stack}>
        <div>{title}</div>
        {notJoined ? (
          <NotJoined view={null} />
        ) : loadError ? (
          <ErrorBar
            title="We could not load your profile"
            message={errorMessage(loadError, "load your profile")}
            onAction={() => void reload()}
          />
        ) : (
          <LoadingState label="Loading your profile…" />
        )}
      </div>
    );
  }

  const profile = view.profile;
  const editing = view.intakes.some((i) => i.mode === "edit");
  return (
    <div className={styles.stack}>
      <div>
        {title}
        <p className={styles.meta}>
          {profile
            ? `What Baton knows about you for matching, in ${
                view.programs
                  .filter((p) => p.joined)
                  .map((p) => p.name)
                  .join(", ") || "your program"
              }. Only you and Baton's matching see these answers; program owners see totals.`
            : "Your mentoring profile."}
        </p>
      </div>
      {noticeRegion}
      {!profile ? (
        <NotJoined view={view} />
      ) : (
        <>
          {editing && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                You started changing your profile in chat with Baton. Whatever you save last counts.
              </MessageBarBody>
            </MessageBar>
          )}
          <ProfileEditor
            key={generation}
            view={{ ...view, profile }}
            onSaved={setView}
            reload={reload}
            refreshing={refreshing}
          />
          <ParticipationSection
            profile={profile}
            onChanged={onParticipation}
            onLeave={() => {
              setDialogUsed(true);
              setLeaving(true);
            }}
          />
        </>
      )}
      {leaveDialog}
      <p>
        <AppLink to={paths.myData()}>My data: see, download or erase what Baton holds about you</AppLink>
      </p>
      <p>
        <AppLink to={paths.personal()}>Back to My mentoring</AppLink>
      </p>
    </div>
  );
}
