import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { OpenInTeamsPage } from "./auth/open-in-teams-page";
import { SignInPage } from "./auth/sign-in-page";
import { useAuth } from "./auth/use-auth";
import { AppHeader } from "./components/app-header";
import { ErrorBar } from "./components/error-bar";
import { installFocusGuard } from "./components/focus-guard";
import { SkipLink } from "./components/skip-link";
import { LoadingState } from "./components/loading-state";
import { SignedInApp } from "./signed-in-app";
import { ViewerContext } from "./teams/host-context";
import type { Viewer } from "./teams/host-context";
import type { TeamsHost } from "./teams/teams-host";
import { initTeamsHost, onTeamsThemeChange } from "./teams/teams-host";
import { browserTimeZone } from "./format/dates";
import { fluentTheme } from "./theme/fluent-theme";
import { themeNameFrom } from "./theme/theme-name";
import type { ThemeName } from "./theme/theme-name";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: { padding: "16px 20px 48px", outline: "none" },
});

export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<TeamsHost | null>(null);
  const [theme, setTheme] = useState<ThemeName>(() =>
    themeNameFrom(new URLSearchParams(window.location.search).get("theme")),
  );
  const auth = useAuth(host);

  useEffect(() => {
    let cancelled = false;
    void initTeamsHost().then((found) => {
      if (cancelled) return;
      setHost(found);
      setTheme(found.theme);
      if (found.inTeams) void onTeamsThemeChange(setTheme).catch(() => undefined);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!host || host.inTeams) return;
    // Outside Teams the theme is the `?theme=` parameter: follow it when the address changes in place
    // (back/forward; the browser tests switch themes this way instead of reloading the page).
    const follow = () => setTheme(themeNameFrom(new URLSearchParams(window.location.search).get("theme")));
    window.addEventListener("popstate", follow);
    return () => window.removeEventListener("popstate", follow);
  }, [host]);

  // One safety net for the whole tab: an action never leaves focus on <body>.
  useEffect(() => installFocusGuard(), []);

  const viewer = useMemo<Viewer | null>(
    () => (host ? { host, locale: host.locale, timeZone: browserTimeZone() } : null),
    [host],
  );

  useEffect(() => {
    document.documentElement.lang = host?.locale ?? "en";
  }, [host]);

  const { state } = auth;
  const signedOutPage = (content: ReactNode) => (
    <>
      <AppHeader signedIn={false} />
      <main id="main" tabIndex={-1} className={styles.main}>
        {content}
      </main>
    </>
  );

  let body: ReactNode;
  if (!viewer || state.status === "starting") body = signedOutPage(<LoadingState label="Starting Baton…" />);
  else if (state.status === "no-sign-in") body = signedOutPage(<OpenInTeamsPage />);
  else if (state.status === "choose")
    body = signedOutPage(<SignInPage notice={state.notice} onChoose={auth.signInAs} />);
  else if (state.status === "error")
    body = signedOutPage(
      <>
        <h1 style={{ margin: 0 }}>Baton</h1>
        <ErrorBar title="We could not sign you in" message={state.message} onAction={auth.retry} />
      </>,
    );
  else
    body = (
      <SignedInApp
        devToken={state.status === "dev" ? state.token : undefined}
        onExpired={auth.expired}
        onSwitchPerson={state.status === "dev" ? auth.switchPerson : undefined}
      />
    );

  return (
    <FluentProvider theme={fluentTheme(theme)} data-baton-theme={theme}>
      {/* Layout styles on an inner element: the provider's own classes are copied to every portal
          (tooltips, dialogs), which must not become full-height backgrounds over the page. */}
      <div className={styles.root}>
        <SkipLink />
        {viewer ? <ViewerContext.Provider value={viewer}>{body}</ViewerContext.Provider> : body}
      </div>
    </FluentProvider>
  );
}
