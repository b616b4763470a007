import { useEffect, useState } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LoadingState } from "../components/loading-state";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { useLocation } from "../routing/use-location";
import { useViewer } from "../teams/host-context";
import { PairWorkspace } from "../workspace/pair-workspace";

type ChatState =
  | { status: "loading" }
  | { status: "linked"; pairId: string }
  | { status: "unlinked" }
  | { status: "error"; error: unknown };

/** The tab in a pair's group chat: the chat is linked to one pair, whose workspace it shows. */
export default function ChatPage() {
  const styles = useCommonStyles();
  const api = useApi();
  const { host } = useViewer();
  const { search } = useLocation();
  const chatId = host.inTeams ? host.chatId : (search.get("chatId") ?? undefined);
  const [state, setState] = useState<ChatState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!chatId) return;
    let cancelled = false;
    setState({ status: "loading" });
    api.chatPair(chatId).then(
      ({ pairId }) => !cancelled && setState({ status: "linked", pairId }),
      (error: unknown) => {
        if (cancelled) return;
        if (isApiError(error) && error.kind === "not-found") setState({ status: "unlinked" });
        else setState({ status: "error", error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, chatId, attempt]);

  if (!chatId) {
    return (
      <div className={styles.stack}>
        <h1 className={styles.h1}>Pair workspace</h1>
        <EmptyState title="This tab belongs in a pair's group chat">
          Add Baton as a tab to the group chat you share with your mentor or mentee. You can also open your
          pairs from <AppLink to={paths.personal()}>My mentoring</AppLink>.
        </EmptyState>
      </div>
    );
  }

  if (state.status === "linked") return <PairWorkspace key={state.pairId} pairId={state.pairId} />;

  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>Pair workspace</h1>
      {state.status === "loading" && <LoadingState label="Finding the pair for this chat…" />}
      {state.status === "unlinked" && (
        <EmptyState title="This chat is not linked to a pair yet">
          {host.inTeams ? (
            "Open the tab's settings and choose your pair, or remove and add the Baton tab again."
          ) : (
            <AppLink to={`${paths.config()}?chatId=${encodeURIComponent(chatId)}`}>
              Link this chat to a pair
            </AppLink>
          )}
        </EmptyState>
      )}
      {state.status === "error" && (
        <ErrorBar
          title="We could not open the pair for this chat"
          message={errorMessage(state.error, "find the pair for this chat")}
          onAction={() => setAttempt((n) => n + 1)}
        />
      )}
    </div>
  );
}
