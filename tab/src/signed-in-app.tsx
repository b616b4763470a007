import { useEffect, useMemo, useRef, useState } from "react";
import { createApiClient } from "./api/api-client";
import { ApiContext } from "./api/api-context";
import { AppHeader } from "./components/app-header";
import { useFocusHeadingOnNavigation, usePageTitle } from "./routing/document-title";
import { paths, parseRoute, routeTitle } from "./routing/route";
import { RouterView } from "./routing/router-view";
import { navigate, useLocation } from "./routing/use-location";
import { useViewer } from "./teams/host-context";
import { teamsToken } from "./teams/teams-host";

interface SignedInAppProps {
  /** The dev sign-in token; undefined inside Teams, where Teams SSO provides tokens. */
  devToken?: string;
  onExpired: () => void;
  onSwitchPerson?: () => void;
}

/** The tab path a Teams deep link's sub-entity names, if any. */
function subPagePath(subPageId: string | undefined): string | undefined {
  if (!subPageId) return undefined;
  if (subPageId === "new-program") return paths.newProgram();
  if (subPageId === "my-data") return paths.myData();
  const [kind, ...rest] = subPageId.split(":");
  const id = rest.join(":");
  if (!id) return undefined;
  if (kind === "pair") return paths.pair(id);
  if (kind === "program") return paths.program(id);
  if (kind === "join") return paths.join(id);
  return undefined;
}

export function SignedInApp({ devToken, onExpired, onSwitchPerson }: SignedInAppProps) {
  const { host } = useViewer();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const [personName, setPersonName] = useState<string | undefined>();

  const api = useMemo(
    () =>
      createApiClient({
        getToken: devToken ? () => Promise.resolve(devToken) : teamsToken,
        onUnauthorized: onExpired,
      }),
    [devToken, onExpired],
  );

  // Deep links from Teams arrive as subPageId "pair:<id>", "program:<id>", "join:<id>" or "new-program".
  useEffect(() => {
    const route = parseRoute(window.location.pathname);
    const target = subPagePath(host.subPageId);
    if (target && (route.name === "personal" || route.name === "root")) navigate(target, { replace: true });
  }, [host.subPageId]);

  // In dev mode, say who is signed in so testers know which demo person they are.
  useEffect(() => {
    if (!devToken) return;
    let cancelled = false;
    api.me().then(
      (me) => !cancelled && setPersonName(me.me.displayName),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, devToken]);

  // Each page's title follows its h1; after navigating, focus moves to that h1 (not on first load).
  usePageTitle(mainRef, routeTitle(parseRoute(pathname)));
  useFocusHeadingOnNavigation(pathname);

  return (
    <ApiContext.Provider value={api}>
      <AppHeader signedIn personName={personName} onSwitchPerson={onSwitchPerson} />
      <main id="main" ref={mainRef} tabIndex={-1} style={{ padding: "16px 20px 48px", outline: "none" }}>
        <RouterView />
      </main>
    </ApiContext.Provider>
  );
}
