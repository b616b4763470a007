import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { DevUser } from "@baton/shared";
import { useEffect, useState } from "react";
import { devApi } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";

interface SignInPageProps {
  notice?: string;
  onChoose: (userId: string, extra?: { tenantId?: string; displayName?: string }) => Promise<void>;
}

/** Local development and browser tests only: sign in as one of the demo people. */
export function SignInPage({ notice, onChoose }: SignInPageProps) {
  const styles = useCommonStyles();
  const [users, setUsers] = useState<DevUser[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [signInError, setSignInError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setLoadError(null);
    devApi.users().then(
      (loaded) => !cancelled && setUsers(loaded),
      (error: unknown) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const [newName, setNewName] = useState("");
  const [newTenant, setNewTenant] = useState(() => `org-${Math.random().toString(36).slice(2, 8)}`);
  const choose = async (userId: string, extra?: { tenantId?: string; displayName?: string }) => {
    setBusy(userId);
    setSignInError(null);
    try {
      await onChoose(userId, extra);
    } catch (error) {
      setSignInError(error);
      setBusy(null);
    }
  };

  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>Choose a demo person</h1>
      <p className={styles.text}>
        Baton normally signs you in through Microsoft Teams. On this test server you can pick a demo person
        instead.
      </p>
      {notice && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {signInError !== null && (
        <ErrorBar title="Sign-in failed" message={errorMessage(signInError, "sign you in")} />
      )}
      {loadError !== null && (
        <ErrorBar
          title="We could not load the demo people"
          message={errorMessage(loadError, "load the demo people")}
          onAction={() => setAttempt((n) => n + 1)}
        />
      )}
      {!users && loadError === null && <LoadingState label="Loading demo people…" />}
      <form
        className={styles.form}
        aria-labelledby="new-person-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const name = newName.trim();
          if (!name || !newTenant.trim()) return;
          const userId = `u-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Math.random().toString(36).slice(2, 6)}`;
          void choose(userId, { tenantId: newTenant.trim(), displayName: name });
        }}
      >
        <h2 id="new-person-heading" className={styles.h2}>
          Or try Baton as someone new
        </h2>
        <p className={styles.meta}>
          A new person in an organisation Baton has never seen: no programs, no people, no settings.
        </p>
        <div className={styles.formRow}>
          <Field label="Your name" required>
            <Input value={newName} maxLength={120} onChange={(_, d) => setNewName(d.value)} />
          </Field>
          <Field
            label="Organisation (tenant id)"
            hint="Keep it to try a fresh one; reuse it to add colleagues."
          >
            <Input value={newTenant} maxLength={64} onChange={(_, d) => setNewTenant(d.value)} />
          </Field>
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={busy !== null || !newName.trim()}>
            Sign in as a new person
          </Button>
        </div>
      </form>
      {users && users.length === 0 && <p>There are no demo people on this server.</p>}
      {users && users.length > 0 && (
        <ul className={styles.list} aria-label="Demo people">
          {users.map((user) => (
            <li key={user.userId}>
              <Button
                appearance="secondary"
                disabled={busy !== null}
                onClick={() => void choose(user.userId)}
              >
                {user.displayName}
                <span className={styles.meta} style={{ marginInlineStart: "0.5em" }}>
                  · {user.role}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
