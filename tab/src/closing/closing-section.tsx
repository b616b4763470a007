import { Button, Field, Input } from "@fluentui/react-components";
import type { PairHealthRow } from "@baton/shared";
import { useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { ConfirmDialog } from "./confirm-dialog";
import { isLiveRow } from "./health-words";
import type { PairHealthState } from "./use-pair-health";

type Pending = { kind: "cycle" } | { kind: "pair"; row: PairHealthRow } | null;

/** The end of a cycle: close a pair early or the whole cycle (each with a confirm step), then start the next cohort. */
export function ClosingSection({ programId, health }: { programId: string; health: PairHealthState }) {
  const common = useCommonStyles();
  const api = useApi();
  const [pending, setPendingState] = useState<Pending>(null);
  // Mounted from first use only: a Dialog registers tabster's focus trap even while closed.
  const [dialogUsed, setDialogUsed] = useState(false);
  const setPending = (next: Pending) => {
    if (next) setDialogUsed(true);
    setPendingState(next);
  };
  const [status, setStatus] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const close = useAsyncAction();
  const cohort = useAsyncAction();
  const finish = useAsyncAction();
  const programStatus = health.data?.programStatus;
  const live = (health.data?.pairs ?? []).filter(isLiveRow);

  const onConfirm = async () => {
    if (!pending) return;
    const done = await close.run(() =>
      pending.kind === "cycle"
        ? api
            .closeCycle(programId)
            .then(
              (r) =>
                `${r.closing} pair${r.closing === 1 ? " is" : "s are"} closing.${
                  r.programStatus === "closing"
                    ? " The program is closing: nobody new can join, and it closes when every pair has chosen."
                    : r.programStatus === "closed"
                      ? " The program is closed."
                      : ""
                }`,
            )
        : api
            .closePair(programId, pending.row.pairId)
            .then(() => `${pending.row.mentee.displayName}'s pair is closing.`),
    );
    if (done === undefined) return;
    setPending(null);
    setStatus(`${done} Each member gets the wrap-up, the end survey and a private card for lessons learned.`);
    await health.reload();
  };

  const onFinish = async () => {
    const done = await finish.run(() => api.moveProgram(programId, "closed"));
    if (!done) return;
    setStatus("The program is closed. Pairs still choosing keep their workspace until they settle.");
    await health.reload();
  };

  const onNextCohort = async () => {
    const done = await cohort.run(() => api.startNextCohort(programId, start, end));
    if (done)
      setStatus(
        `The next cohort starts ${done.program.cohortStart}. We asked ${done.asked} people whether to stay in.`,
      );
  };

  return (
    <div className={common.stack}>
      <section aria-labelledby="close-cycle-heading" className={common.card}>
        <h3 id="close-cycle-heading" className={common.h3}>
          Close the cycle
        </h3>
        <p className={common.text}>
          Every active pair starts closing: both get the final wrap-up prompt and the end survey, and each
          privately notes lessons learned and chooses to keep meeting informally or to close. Closed pairs
          become read-only.
        </p>
        <div className={common.row}>
          <Button
            appearance="primary"
            disabled={live.length === 0}
            onClick={() => setPending({ kind: "cycle" })}
          >
            Close the cycle…
          </Button>
          <span className={common.meta}>
            {live.length} active pair{live.length === 1 ? "" : "s"}
          </span>
        </div>
      </section>

      {programStatus === "closing" && (
        <section aria-labelledby="finish-closing-heading" className={common.card}>
          <h3 id="finish-closing-heading" className={common.h3}>
            Finish closing
          </h3>
          <p className={common.text}>
            The program closes on its own when every pair has chosen. Close it now if you don't want to wait;
            pairs still choosing keep their wrap-up and their choice.
          </p>
          {finish.error ? (
            <ErrorBar
              title="The program didn't close"
              message={errorMessage(finish.error, "close the program")}
            />
          ) : null}
          <div className={common.row}>
            <Button disabled={finish.busy} onClick={() => void onFinish()}>
              Close the program now
            </Button>
          </div>
        </section>
      )}

      <section aria-labelledby="close-early-heading" className={common.card}>
        <h3 id="close-early-heading" className={common.h3}>
          Close a pair early
        </h3>
        {live.length === 0 ? (
          <p className={common.meta}>No active pairs.</p>
        ) : (
          <ul className={common.list}>
            {live.map((row) => (
              <li key={row.pairId} className={common.row}>
                <span>
                  {row.mentee.displayName} with {row.mentor.displayName}
                </span>
                <Button size="small" onClick={() => setPending({ kind: "pair", row })}>
                  Close early…
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <form
        aria-labelledby="next-cohort-heading"
        className={common.form}
        onSubmit={(e) => {
          e.preventDefault();
          void onNextCohort();
        }}
      >
        <h3 id="next-cohort-heading" className={common.h3}>
          Start the next cohort
        </h3>
        <p className={common.meta}>
          Everyone who took part is asked on a card whether to stay in. Matching never pairs people again who
          were paired before.
        </p>
        <div className={common.formRow}>
          <Field label="Cohort starts" required>
            <Input type="date" value={start} onChange={(_, d) => setStart(d.value)} />
          </Field>
          <Field label="Cohort ends" required>
            <Input type="date" value={end} onChange={(_, d) => setEnd(d.value)} />
          </Field>
        </div>
        {cohort.error ? (
          <ErrorBar
            title="The next cohort didn't start"
            message={errorMessage(cohort.error, "start the next cohort")}
          />
        ) : null}
        <div className={common.row}>
          <Button type="submit" appearance="primary" disabled={cohort.busy || !start || !end}>
            Start the next cohort
          </Button>
        </div>
      </form>
      <LiveStatus message={status} />

      {dialogUsed && (
        <ConfirmDialog
          open={pending !== null}
          title={
            pending?.kind === "pair"
              ? `Close ${pending.row.mentee.displayName}'s pair early?`
              : "Close the cycle?"
          }
          text={
            pending?.kind === "pair"
              ? `${pending.row.mentee.displayName} and ${pending.row.mentor.displayName} get the wrap-up and the end survey now, then choose to keep meeting informally or to close. This can't be undone.`
              : `All ${live.length} active pairs start closing now. This can't be undone.`
          }
          confirmLabel={pending?.kind === "pair" ? "Close this pair" : "Close the cycle"}
          busy={close.busy}
          error={close.error}
          onConfirm={() => void onConfirm()}
          onCancel={() => {
            close.clearError();
            setPending(null);
          }}
        />
      )}
    </div>
  );
}
