import { Badge, Button, Field, Input } from "@fluentui/react-components";
import { labelOf, PARTICIPATION_LABELS, type ParticipationView, type ProfileView } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage, formFieldOf } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { formatDate, todayIn } from "../format/dates";
import { useViewer } from "../teams/host-context";
import { errorProps } from "./use-profile-form-styles";

type Profile = NonNullable<ProfileView["profile"]>;

interface ParticipationSectionProps {
  profile: Profile;
  /** Called with the server's message once a pause, resume or leave went through. */
  onChanged: (result: ParticipationView) => void;
  /** Opens the leave dialog (owned by the page, so it outlives this section). */
  onLeave: () => void;
}

/** Taking part, paused (with an optional return date) or left; and the buttons to change it. */
export function ParticipationSection({ profile, onChanged, onLeave }: ParticipationSectionProps) {
  const styles = useCommonStyles();
  const api = useApi();
  const { locale, timeZone } = useViewer();
  const action = useAsyncAction();
  const [until, setUntil] = useState("");
  const [untilError, setUntilError] = useState<string | undefined>();

  const returnDate = profile.pausedUntil?.slice(0, 10);
  const statusText =
    profile.status === "active"
      ? "Taking part. Baton can match you and send reminders."
      : profile.status === "paused"
        ? returnDate
          ? `Paused until ${formatDate(returnDate, locale)}. No matching and no reminders until then.`
          : "Paused. No matching and no reminders until you resume."
        : "You left the program. Your profile is kept: rejoin whenever you like.";

  const done = (result: ParticipationView | undefined) => {
    if (!result) return;
    setUntil("");
    onChanged(result);
  };

  const pause = async () => {
    setUntilError(undefined);
    if (until && until <= todayIn(timeZone)) {
      setUntilError("Pick a return date after today, or leave it empty.");
      return;
    }
    done(await action.run(() => api.pause(until || undefined)));
  };

  const serverUntil = formFieldOf(action.errorField) === "until" ? errorMessage(action.error) : undefined;

  return (
    <section aria-labelledby="participation-heading" className={styles.form}>
      <h2 id="participation-heading" className={styles.h2}>
        Participation
      </h2>
      <div className={styles.row}>
        <Badge appearance="tint" color={profile.status === "active" ? "success" : "warning"}>
          {labelOf(PARTICIPATION_LABELS, profile.status)}
        </Badge>
        <span>{statusText}</span>
      </div>
      {profile.status === "active" && (
        <div className={styles.row}>
          <Field
            label="Back on (optional)"
            hint="Leave it empty to pause until you resume."
            {...errorProps(untilError ?? serverUntil)}
          >
            <Input
              type="date"
              value={until}
              onChange={(_, d) => {
                setUntil(d.value);
                setUntilError(undefined);
              }}
            />
          </Field>
          <Button disabled={action.busy} onClick={() => void pause()}>
            Pause
          </Button>
        </div>
      )}
      {profile.status === "paused" && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={action.busy}
            onClick={() => void action.run(api.resume).then(done)}
          >
            Resume
          </Button>
        </div>
      )}
      {profile.status === "left" && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={action.busy}
            onClick={() => void action.run(api.rejoin).then(done)}
          >
            Rejoin the program
          </Button>
        </div>
      )}
      {action.error && !serverUntil ? (
        <ErrorBar
          title="We could not change your participation"
          message={errorMessage(action.error, "change it")}
        />
      ) : null}
      {profile.status !== "left" && (
        <div className={styles.actions}>
          <Button onClick={onLeave}>Leave the program…</Button>
        </div>
      )}
    </section>
  );
}
