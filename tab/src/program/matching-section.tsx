import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { matchReviewCounts, type ApproveResult, type MatchingView, type ProposalView } from "@baton/shared";
import { useCallback, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { ActionError } from "../components/action-error";
import { EmptyState } from "../components/empty-state";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { LoadingState } from "../components/loading-state";
import { focusAfter } from "../components/focus-after";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { approvable, unmatchedReasonLabels } from "./match-words";
import { MatchingRunSummary } from "./matching-run-summary";
import { ProposalCard } from "./proposal-card";
import { WhyNotControl } from "./why-not-control";
import { useLoaded } from "../components/use-loaded";

/**
 * The owner's match review: run matching over the whole cohort, read each proposal's score and
 * reasons, lock, exclude and approve (one by one or together), and see who is not matched and why.
 * Nothing reaches participants until a match is approved.
 */
export function MatchingSection({ programId }: { programId: string }) {
  const styles = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.matching(programId), [api, programId]);
  const { data: view, setData, loadError, refreshing, reload } = useLoaded<MatchingView>(load);
  const action = useAsyncAction();
  const [certify, setCertify] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState("");
  const [skipped, setSkipped] = useState<ApproveResult["results"]>([]);
  /** What the last action tried, for its error message: "run matching". */
  const [attempted, setAttempted] = useState("do that");

  if (!view) {
    if (loadError)
      return (
        <ErrorBar
          title="We could not load the match review"
          message={errorMessage(loadError, "load the match review")}
          onAction={() => void reload()}
        />
      );
    return <LoadingState label="Loading the match review…" />;
  }

  const pending = view.proposals.filter(approvable);
  const chosen = pending.filter((p) => selected.has(p.menteeId));

  const run = async () => {
    setAttempted("run matching");
    setStatus("Matching the whole cohort…");
    setSkipped([]);
    const next = await action.run(() => api.runMatching(programId, certify ? "certify" : "fast"));
    if (!next) {
      setStatus("");
      return;
    }
    setData(next);
    setSelected(new Set());
    const c = matchReviewCounts(next);
    setStatus(`Matching finished: ${c.matched} matched, ${c.notMatched} not matched.`);
  };

  const replace = (updated: ProposalView) =>
    setData({
      ...view,
      proposals: view.proposals.map((p) => (p.menteeId === updated.menteeId ? updated : p)),
    });

  const changeStatus = async (proposal: ProposalView, next: "proposed" | "locked" | "excluded") => {
    setAttempted(`change ${proposal.menteeName}'s match`);
    setStatus("");
    const updated = await action.run(() =>
      api.updateProposal(programId, proposal.menteeId, proposal.etag, next),
    );
    if (!updated) return;
    replace(updated);
    if (next !== "proposed" || !approvable(updated))
      setSelected((current) => new Set([...current].filter((id) => id !== proposal.menteeId)));
    const words = {
      proposed: "is back to proposed",
      locked: "is locked for the next run",
      excluded: "is excluded",
    };
    setStatus(`${proposal.menteeName} with ${proposal.mentorName} ${words[next]}.`);
  };

  const approve = async (selection: { menteeIds: string[] } | { all: true }) => {
    setAttempted("approve the matches");
    setStatus("");
    setSkipped([]);
    const result = await action.run(() => api.approveMatches(programId, selection));
    if (!result) return;
    setData(result.view);
    setSelected(new Set());
    const approved = result.results.filter((r) => r.outcome === "approved").length;
    const notDone = result.results.filter((r) => r.outcome === "skipped");
    setSkipped(notDone);
    // Focus moves to the (first) approved pair, now showing its introduction; else stays put.
    const first = result.results.find((r) => r.outcome === "approved");
    if (first) void focusAfter(() => document.getElementById(`proposal-${first.menteeId}`));
    setStatus(
      `${approved} ${approved === 1 ? "match" : "matches"} approved${
        notDone.length > 0 ? `, ${notDone.length} not approved (see why below)` : ""
      }. Approved pairs were introduced.`,
    );
  };

  const pick = async (menteeId: string, menteeName: string, mentorId: string, mentorName: string) => {
    setAttempted(`pick ${mentorName} for ${menteeName}`);
    setStatus("");
    const picked = await action.run(() => api.pickMentor(programId, menteeId, mentorId));
    if (!picked) return false;
    const next = await action.run(() => api.matching(programId));
    if (next) setData(next);
    setStatus(`${menteeName} with ${mentorName} is locked. Approve it under Proposed pairs.`);
    return true;
  };

  const names = new Map(view.proposals.map((p) => [p.menteeId, p.menteeName]));

  return (
    <div className={styles.stack}>
      <p className={styles.text}>
        Baton proposes mentors for everyone waiting, as a whole cohort, honouring capacity, reporting lines,
        past pairs and exclusions. Nobody hears anything until you approve their match.
      </p>
      {view.running && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>A matching run is in progress</MessageBarTitle>
            Reload in a moment to see its proposals.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={action.busy || view.running} onClick={() => void run()}>
          {view.run ? "Run matching again" : "Run matching"}
        </Button>
        <Checkbox
          checked={certify}
          onChange={(_, d) => setCertify(d.checked === true)}
          label="Prove the best possible total (slower)"
        />
        <Button
          disabled={refreshing}
          onClick={() => void reload().then(() => setStatus("Match review reloaded."))}
        >
          Reload match review
        </Button>
      </div>
      <ActionError
        error={action.error}
        action={attempted}
        onReload={() => void reload().then(() => action.clearError())}
        reloading={refreshing}
        keepsText={false}
      />
      <LiveStatus message={status} />
      {skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not approved</MessageBarTitle>
            <ul>
              {skipped.map((r) => (
                <li key={r.menteeId}>
                  {names.get(r.menteeId) ?? r.menteeId}: {r.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {!view.run ? (
        <EmptyState title="No matching run yet">
          Run matching to see proposed pairs with their scores and reasons. Nothing is sent to anyone until
          you approve.
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="run-heading" className={styles.stack}>
            <h3 id="run-heading" className={styles.h3}>
              Latest run
            </h3>
            <MatchingRunSummary view={view} />
            {view.run.rejectedLocks.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Locks that could not be kept</MessageBarTitle>
                  <ul>
                    {view.run.rejectedLocks.map((lock) => (
                      <li key={lock.menteeId}>
                        {names.get(lock.menteeId) ?? lock.menteeId}: {lock.reason}
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
          </section>

          <section aria-labelledby="proposals-heading" className={styles.stack}>
            <h3 id="proposals-heading" className={styles.h3}>
              Proposed pairs ({view.proposals.length})
            </h3>
            {view.proposals.length === 0 ? (
              <EmptyState title="No proposals in this run">
                Everyone waiting is listed under Not matched.
              </EmptyState>
            ) : (
              <>
                <div className={styles.actions}>
                  <Button
                    disabled={action.busy || chosen.length === 0}
                    onClick={() => void approve({ menteeIds: chosen.map((p) => p.menteeId) })}
                  >
                    {`Approve selected (${chosen.length})`}
                  </Button>
                  <Button
                    appearance="primary"
                    disabled={action.busy || pending.length === 0}
                    onClick={() => void approve({ all: true })}
                  >
                    {`Approve all proposed and locked (${pending.length})`}
                  </Button>
                </div>
                <ul className={styles.list} aria-label="Proposed pairs">
                  {view.proposals.map((proposal) => (
                    <li key={proposal.menteeId}>
                      <ProposalCard
                        proposal={proposal}
                        selected={selected.has(proposal.menteeId)}
                        busy={action.busy}
                        onSelect={(on) =>
                          setSelected((current) => {
                            const next = new Set(current);
                            if (on) next.add(proposal.menteeId);
                            else next.delete(proposal.menteeId);
                            return next;
                          })
                        }
                        onStatus={(next) => void changeStatus(proposal, next)}
                        onApprove={() => void approve({ menteeIds: [proposal.menteeId] })}
                      />
                      {proposal.status !== "approved" && (
                        <WhyNotControl
                          programId={programId}
                          menteeId={proposal.menteeId}
                          menteeName={proposal.menteeName}
                          mentorId={proposal.mentorId}
                          mentors={view.mentors}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section aria-labelledby="unmatched-heading" className={styles.stack}>
            <h3 id="unmatched-heading" className={styles.h3}>
              Not matched ({view.unmatched.length})
            </h3>
            {view.unmatched.length === 0 ? (
              <p className={styles.meta}>Everyone in the run has a proposed mentor.</p>
            ) : (
              <ul className={styles.list} aria-label="Not matched">
                {view.unmatched.map((u) => (
                  <li key={u.menteeId} className={styles.card}>
                    <strong>
                      {u.menteeName}: {unmatchedReasonLabels[u.reason]}
                    </strong>
                    <span>{u.message}</span>
                    {u.bestAlternative && (
                      <span className={styles.meta}>
                        Best fit: {u.bestAlternative.mentorName}, score {Math.round(u.bestAlternative.score)}.
                      </span>
                    )}
                    <WhyNotControl
                      programId={programId}
                      menteeId={u.menteeId}
                      menteeName={u.menteeName}
                      mentors={view.mentors.filter((m) => m.taken < m.capacity)}
                      onPick={(mentorId, mentorName) => pick(u.menteeId, u.menteeName, mentorId, mentorName)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}

      {view.waiting.length > 0 && (
        <section aria-labelledby="waiting-heading" className={styles.stack}>
          <h3 id="waiting-heading" className={styles.h3}>
            Waiting for the next run ({view.waiting.length})
          </h3>
          <p className={styles.meta}>
            They joined after the latest run, or need a new mentor. Run matching to include them.
          </p>
          <ul aria-label="Waiting for the next run">
            {view.waiting.map((w) => (
              <li key={w.userId}>{w.displayName}</li>
            ))}
          </ul>
        </section>
      )}

      {view.mentors.length > 0 && (
        <section aria-labelledby="mentor-places-heading" className={styles.stack}>
          <h3 id="mentor-places-heading" className={styles.h3}>
            Mentors' places
          </h3>
          <ul aria-label="Mentors' places">
            {view.mentors.map((m) => (
              <li key={m.userId}>
                {m.displayName}: {m.taken} of {m.capacity} {m.capacity === 1 ? "place" : "places"} taken
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
