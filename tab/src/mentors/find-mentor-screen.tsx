import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { MentorDirectoryEntry, MentorDirectoryView } from "@baton/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { ActionError } from "../components/action-error";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { LoadingState } from "../components/loading-state";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { setSearchParam, useLocation } from "../routing/use-location";
import { AskDialog } from "./ask-dialog";
import { MentorCard } from "./mentor-card";
import { MyRequest } from "./my-request";
import { RequestsToMe } from "./requests-to-me";
import { SkillFilter } from "./skill-filter";

const mentorsFound = (view: MentorDirectoryView) => {
  const n = view.mentors.length;
  const skill = view.skills.find((s) => s.skillId === view.skill)?.name;
  const who = n === 1 ? "1 mentor" : `${n} mentors`;
  return skill
    ? `${who} with a free place ${n === 1 ? "offers" : "offer"} ${skill}.`
    : `${who} you could ask.`;
};

/**
 * Find a mentor: the program's mentors with a free place, best fit first, a skill filter, and
 * "Ask … to mentor you" with a confirm step. The reader's own request shows above the list (with
 * Withdraw while it waits), and a mentor sees requests waiting for them, read-only.
 */
export function FindMentorScreen({ programId }: { programId: string }) {
  const styles = useCommonStyles();
  const api = useApi();
  const { search } = useLocation();
  const skill = search.get("skill") ?? "";
  const loadMentors = useCallback(() => api.mentors(programId, skill || undefined), [api, programId, skill]);
  const loadRequests = useCallback(() => api.mentorRequests(programId), [api, programId]);
  const directory = useLoaded(loadMentors);
  const requests = useLoaded(loadRequests);
  const ask = useAsyncAction();
  const withdraw = useAsyncAction();
  const [asking, setAsking] = useState<MentorDirectoryEntry | null>(null);
  // Mounted on first use, then kept: a never-opened Fluent Dialog adds focusable aria-hidden helpers
  // (axe: aria-hidden-focus), and one removed while closing can leave the page aria-hidden.
  const [dialogUsed, setDialogUsed] = useState(false);
  // The last mentor asked, so the dialog keeps its words while it closes.
  const [shown, setShown] = useState<MentorDirectoryEntry | null>(null);
  const [status, setStatus] = useState("");
  /** The optional personal message in the ask dialog. */
  const [note, setNote] = useState("");
  const requestHeading = useRef<HTMLHeadingElement>(null);
  const filtered = useRef(false);
  const view = directory.data;

  // After the filter changes, say how many mentors it found once they have loaded.
  useEffect(() => {
    if (filtered.current && view && (view.skill ?? "") === skill) {
      filtered.current = false;
      setStatus(mentorsFound(view));
    }
  }, [view, skill]);

  if (!view) {
    const notFound = isApiError(directory.loadError) && directory.loadError.kind === "not-found";
    return (
      <div className={styles.stack}>
        <h1 className={styles.h1}>Find a mentor</h1>
        {notFound ? (
          <ErrorBar
            title="We could not open this program"
            message="It does not exist, or you are not taking part in it. Your programs are on My profile."
          />
        ) : directory.loadError ? (
          <ErrorBar
            title="We could not load the mentors"
            message={errorMessage(directory.loadError, "load the mentors")}
            onAction={() => void directory.reload()}
          />
        ) : (
          <LoadingState label="Loading mentors…" />
        )}
        <p className={styles.text}>
          <AppLink to={paths.personal()}>Go to My mentoring</AppLink>
        </p>
      </div>
    );
  }

  const mine = requests.data?.asMentee ?? null;
  const toMe = (requests.data?.asMentor ?? []).filter((r) => r.status === "pending");
  const wanted = new Set(view.wanted);
  const canAsk = view.viewer.canAsk;
  const focusRequest = () => window.setTimeout(() => requestHeading.current?.focus(), 0);

  const chooseSkill = (next: string) => {
    filtered.current = true;
    setStatus("");
    setSearchParam("skill", next || null);
  };

  const send = async () => {
    if (!asking) return;
    const mentor = asking;
    const sent = await ask.run(() => api.requestMentor(programId, mentor.userId, note.trim() || undefined));
    if (!sent) return;
    setAsking(null);
    setNote("");
    requests.setData({ asMentor: requests.data?.asMentor ?? [], asMentee: sent });
    setStatus(`Request sent. Waiting for ${mentor.displayName} to answer.`);
    void directory.reload();
    focusRequest();
  };

  const cancel = () => {
    setAsking(null);
    // A refused request usually means the list is out of date (a place was just taken).
    if (ask.error) void directory.reload();
    ask.clearError();
  };

  const takeBack = async () => {
    if (!mine) return;
    const done = await withdraw.run(() => api.withdrawMentorRequest(programId, mine.requestId));
    if (!done) return;
    requests.setData({ asMentor: requests.data?.asMentor ?? [], asMentee: done });
    setStatus(`You withdrew your request to ${done.mentorName}.`);
    void directory.reload();
    focusRequest();
  };

  const reloadAll = () =>
    void Promise.all([directory.reload(), requests.reload()]).then(() => {
      withdraw.clearError();
      setStatus("Reloaded.");
    });

  return (
    <div className={styles.stack}>
      <div>
        <h1 className={styles.h1}>Find a mentor</h1>
        <p className={styles.meta}>
          {view.programName} · Mentors with a free place who could mentor you. They accept or decline in
          Baton, in the tab or in their chat.
        </p>
      </div>
      <LiveStatus message={status} />

      {mine && (
        <section aria-labelledby="my-request-heading" className={styles.stack}>
          <h2 id="my-request-heading" ref={requestHeading} tabIndex={-1} className={styles.h2}>
            Your request
          </h2>
          <MyRequest request={mine} busy={withdraw.busy} onWithdraw={() => void takeBack()} />
          <ActionError
            error={withdraw.error}
            action="withdraw your request"
            onReload={reloadAll}
            reloading={directory.refreshing || requests.refreshing}
            keepsText={false}
          />
        </section>
      )}
      {requests.loadError ? (
        <ErrorBar
          title="We could not load your requests"
          message={errorMessage(requests.loadError, "load your requests")}
          onAction={() => void requests.reload()}
        />
      ) : null}

      {(toMe.length > 0 || view.viewer.mentor) && (
        <section aria-labelledby="to-me-heading" className={styles.stack}>
          <h2 id="to-me-heading" className={styles.h2}>
            Requests to you ({toMe.length})
          </h2>
          {toMe.length > 0 ? (
            <RequestsToMe
              requests={toMe}
              onAnswered={(answered, message) => {
                requests.setData({
                  asMentee: requests.data?.asMentee ?? null,
                  asMentor: (requests.data?.asMentor ?? []).map((r) =>
                    r.requestId === answered.requestId ? answered : r,
                  ),
                });
                setStatus(message);
                void directory.reload();
              }}
            />
          ) : (
            <p className={styles.meta}>
              No one is waiting for your answer. When someone asks you, Baton messages you in Teams.
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="mentors-heading" className={styles.stack}>
        <h2 id="mentors-heading" className={styles.h2}>
          Mentors you could ask
        </h2>
        {!canAsk && view.viewer.reason && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{view.viewer.reason}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.formRow}>
          <SkillFilter skills={view.skills} wanted={view.wanted} value={skill} onChange={chooseSkill} />
        </div>
        {directory.loadError ? (
          <ErrorBar
            title="We could not load the mentors"
            message={errorMessage(directory.loadError, "load the mentors")}
            onAction={() => void directory.reload()}
          />
        ) : null}
        {view.mentors.length === 0 ? (
          view.skill ? (
            <EmptyState title="No mentor with a free place offers this skill right now">
              <p className={styles.text}>Try another skill, or look at everyone.</p>
              <Button onClick={() => chooseSkill("")}>Show all skills</Button>
            </EmptyState>
          ) : (
            <EmptyState title="No mentor has a free place for you right now">
              When a place frees up, the mentor appears here. Your program owner also matches everyone who is
              waiting in each matching round.
            </EmptyState>
          )
        ) : (
          <ul className={styles.list} aria-label="Mentors you could ask" aria-busy={directory.refreshing}>
            {view.mentors.map((mentor) => (
              <li key={mentor.userId}>
                <MentorCard
                  mentor={mentor}
                  wanted={wanted}
                  busy={ask.busy}
                  {...(canAsk
                    ? {
                        onAsk: () => {
                          setDialogUsed(true);
                          setShown(mentor);
                          setAsking(mentor);
                        },
                      }
                    : {})}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {dialogUsed && (
        <AskDialog
          open={asking !== null}
          mentor={shown}
          busy={ask.busy}
          error={ask.error}
          note={note}
          onNote={setNote}
          onSend={() => void send()}
          onCancel={cancel}
        />
      )}
    </div>
  );
}
