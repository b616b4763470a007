import { useCallback, useEffect, useState } from "react";
import { devApi } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { dropSearchParam } from "../routing/use-location";
import type { TeamsHost } from "../teams/teams-host";
import type { AuthState } from "./auth-state";
import { tokenStore } from "./token-store";

export interface Auth {
  state: AuthState;
  signInAs: (userId: string, extra?: { tenantId?: string; displayName?: string }) => Promise<void>;
  switchPerson: () => void;
  expired: () => void;
  retry: () => void;
}

export function useAuth(host: TeamsHost | null): Auth {
  const [state, setState] = useState<AuthState>({ status: "starting" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!host) return;
    if (host.inTeams) {
      setState({ status: "teams" });
      return;
    }
    let cancelled = false;
    const start = async () => {
      const { devSignIn } = await devApi.config();
      if (!devSignIn) return { status: "no-sign-in" } as const;
      const search = new URLSearchParams(window.location.search);
      const as = search.get("as");
      if (as) {
        // `?as=u-new&tenant=t-new&name=New%20Person` signs in a brand-new person of a brand-new tenant.
        const tenantId = search.get("tenant") ?? undefined;
        const displayName = search.get("name") ?? undefined;
        const { token } = await devApi.signIn(as, {
          ...(tenantId ? { tenantId } : {}),
          ...(displayName ? { displayName } : {}),
        });
        tokenStore.set(token);
        dropSearchParam("as");
        dropSearchParam("tenant");
        dropSearchParam("name");
        return { status: "dev", token } as const;
      }
      const stored = tokenStore.get();
      return stored ? ({ status: "dev", token: stored } as const) : ({ status: "choose" } as const);
    };
    start().then(
      (next) => !cancelled && setState(next),
      (error: unknown) =>
        !cancelled && setState({ status: "error", message: errorMessage(error, "sign you in") }),
    );
    return () => {
      cancelled = true;
    };
  }, [host, attempt]);

  const signInAs = useCallback(
    async (userId: string, extra?: { tenantId?: string; displayName?: string }) => {
      const { token } = await devApi.signIn(userId, extra);
      tokenStore.set(token);
      setState({ status: "dev", token });
    },
    [],
  );

  const switchPerson = useCallback(() => {
    tokenStore.clear();
    setState({ status: "choose" });
  }, []);

  const expired = useCallback(() => {
    setState((current) => {
      if (current.status === "teams")
        return { status: "error", message: "We could not sign you in to Baton." };
      tokenStore.clear();
      return { status: "choose", notice: "Your sign-in has expired. Choose a person to continue." };
    });
  }, []);

  const retry = useCallback(() => {
    setState({ status: "starting" });
    setAttempt((n) => n + 1);
  }, []);

  return { state, signInAs, switchPerson, expired, retry };
}
