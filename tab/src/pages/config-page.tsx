import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { LoadingState } from "../components/loading-state";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { pairRelation } from "../format/labels";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { useLocation } from "../routing/use-location";
import { useViewer } from "../teams/host-context";
import { ChannelConfig } from "../dashboard/channel-config";
import { chatTabConfig, onConfigSave, setConfigValid } from "../teams/tab-config";
import { useMe } from "./use-me";

/**
 * The configurable tab's settings page. In a channel it pins a program's dashboard; in a group chat
 * it links the chat to one of my pairs.
 */
export default function ConfigPage() {
  const { host } = useViewer();
  const { search } = useLocation();
  const channelId = host.inTeams ? host.channelId : (search.get("channelId") ?? undefined);
  return channelId ? <ChannelConfig channelId={channelId} /> : <ChatConfig />;
}

/** In a group chat: choose which of my pairs this chat belongs to. */
function ChatConfig() {
  const styles = useCommonStyles();
  const api = useApi();
  const { host } = useViewer();
  const { search } = useLocation();
  const { me, error, retry } = useMe();
  const chatId = host.inTeams ? host.chatId : (search.get("chatId") ?? undefined);
  const [pairId, setPairId] = useState("");
  const [saveError, setSaveError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const link = useAsyncAction();
  const selection = useRef({ chatId, pairId });
  selection.current = { chatId, pairId };

  useEffect(() => {
    if (!host.inTeams) return;
    onConfigSave(
      async () => {
        const { chatId: chat, pairId: pair } = selection.current;
        if (!chat) throw new Error("Baton can only be added as a tab to a group chat.");
        if (!pair) throw new Error("Choose a pair first.");
        setSaveError(null);
        await api.linkChat(chat, pair);
        return chatTabConfig(window.location.origin, pair);
      },
      (failed) => setSaveError(failed),
    ).catch((failed: unknown) => setSaveError(failed));
  }, [api, host.inTeams]);

  useEffect(() => {
    if (host.inTeams) void setConfigValid(!!pairId && !!chatId).catch(() => undefined);
  }, [host.inTeams, pairId, chatId]);

  const linkHere = async () => {
    if (!chatId || !pairId) return;
    setStatus("");
    const linked = await link.run(() => api.linkChat(chatId, pairId));
    if (linked) setStatus("This chat is now linked to the pair.");
  };

  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>Set up Baton for this chat</h1>
      <p className={styles.text}>
        Choose the pair this group chat belongs to. The tab then shows your shared agreement, goals, action
        items and sessions.
      </p>
      {!chatId && (
        <ErrorBar
          title="No chat found"
          message="Add Baton as a tab to the group chat you share with your mentor or mentee."
        />
      )}
      {!me && error === null && <LoadingState label="Loading your pairs…" />}
      {error !== null && (
        <ErrorBar
          title="We could not load your pairs"
          message={errorMessage(error, "load your pairs")}
          onAction={retry}
        />
      )}
      {me && me.pairs.length === 0 && (
        <EmptyState title="You are not in a pair yet">
          Once your program owner approves a match, come back here to link this chat to your pair.
        </EmptyState>
      )}
      {me && me.pairs.length > 0 && (
        <Field label="Pair for this chat">
          <RadioGroup value={pairId} onChange={(_, data) => setPairId(data.value)}>
            {me.pairs.map((membership) => (
              <Radio
                key={membership.pairId}
                value={membership.pairId}
                label={pairRelation(membership.role, membership.partnerName)}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {saveError !== null && (
        <ErrorBar title="We could not link this chat" message={errorMessage(saveError, "link this chat")} />
      )}
      {!host.inTeams && me && me.pairs.length > 0 && chatId && (
        <>
          {link.error !== null && (
            <ErrorBar
              title="We could not link this chat"
              message={errorMessage(link.error, "link this chat")}
            />
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!pairId || link.busy} onClick={() => void linkHere()}>
              Link chat
            </Button>
            {status && (
              <AppLink to={`${paths.chat()}?chatId=${encodeURIComponent(chatId)}`}>Open the chat tab</AppLink>
            )}
          </div>
        </>
      )}
      {host.inTeams && pairId && <p className={styles.meta}>Select Save to add the tab.</p>}
      <LiveStatus message={status} />
    </div>
  );
}
