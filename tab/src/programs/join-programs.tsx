import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { JoinableProgramView, JoinRequestView } from "@baton/shared";
import { useCallback, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { ErrorBar } from "../components/error-bar";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";
import { useViewer } from "../teams/host-context";
import { openTeamsLink } from "../teams/teams-host";
import { PURPOSE_LABELS } from "./setup-words";

/** What the person is told once Baton has the form on its way to their 1:1 chat. */
function SentNote({ sent }: { sent: JoinRequestView }) {
  const { host } = useViewer();
  const link = sent.chatLink;
  return (
    <MessageBar intent={sent.outcome === "failed" ? "error" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {sent.outcome === "failed"
            ? "Baton couldn't reach your chat"
            : sent.outcome === "queued"
              ? "The form is on its way"
              : "Baton has sent you the form"}
        </MessageBarTitle>
        {sent.outcome === "failed"
          ? ` Open your chat with Baton in Teams and type join to take part in ${sent.programName}.`
          : sent.outcome === "queued"
            ? ` Baton will send the ${sent.programName} form to your chat with Baton shortly. Open it there.`
            : ` It's in your chat with Baton: open it and answer a few short questions (about two minutes).`}{" "}
        {link ? (
          <Link
            href={link}
            onClick={(e) => {
              e.preventDefault();
              void openTeamsLink(link, host.inTeams);
            }}
          >
            Open my chat with Baton
          </Link>
        ) : (
          "(Find Baton under Chat in Teams.)"
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A "Join" button for one program: Baton sends the intake form to the person's chat (once a day). */
export function JoinButton({ programId, started }: { programId: string; started: boolean }) {
  const api = useApi();
  const action = useAsyncAction();
  const [sent, setSent] = useState<JoinRequestView | null>(null);
  const join = async () => {
    const done = await action.run(() => api.joinProgram(programId));
    if (done) setSent(done);
  };
  return (
    <>
      <div role="status" aria-live="polite">
        {sent && <SentNote sent={sent} />}
      </div>
      {!sent || sent.outcome === "failed" ? (
        <div>
          <Button appearance="primary" disabled={action.busy} onClick={() => void join()}>
            {started ? "Continue joining" : "Join"}
          </Button>
        </div>
      ) : null}
      {action.error ? (
        <ErrorBar
          title="Baton couldn't send the form"
          message={errorMessage(action.error, "join the program")}
        />
      ) : null}
    </>
  );
}

/**
 * Programs of the person's organisation open to them (the choice the bot's `join` gives), each with
 * "Join". Shown to people not in a program yet, on My mentoring and My profile.
 */
export function JoinPrograms({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const s = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.joinablePrograms(), [api]);
  const { data } = useLoaded<JoinableProgramView[]>(load);
  if (!data) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Item = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="join-programs-heading" className={s.stack}>
      <Heading id="join-programs-heading" className={headingLevel === 2 ? s.h2 : s.h3}>
        Join a mentoring program
      </Heading>
      {data.length === 0 ? (
        <p className={s.meta}>
          No program is open for you right now. Your program owner will let you know when one starts, or start
          one yourself under Programs.
        </p>
      ) : (
        <ul className={s.list} aria-labelledby="join-programs-heading">
          {data.map((p) => (
            <li key={p.programId} className={s.card}>
              <Item className={s.h3}>{p.name}</Item>
              <p className={s.text}>
                {PURPOSE_LABELS[p.purpose]}
                {p.audience ? ` · for ${p.audience}` : ""}
              </p>
              <p className={s.meta}>
                {p.cohortEnd ? `From ${p.cohortStart} to ${p.cohortEnd}.` : `From ${p.cohortStart}.`}
                {p.started ? " You started joining; your answers so far are kept." : ""}
              </p>
              <JoinButton programId={p.programId} started={p.started} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
