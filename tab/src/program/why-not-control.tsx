import { Button, Select } from "@fluentui/react-components";
import type { MatchingView } from "@baton/shared";
import { useId, useRef, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { focusAfter } from "../components/focus-after";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";

interface WhyNotControlProps {
  programId: string;
  menteeId: string;
  menteeName: string;
  /** Their proposed mentor, left out of the choices. */
  mentorId?: string;
  mentors: MatchingView["mentors"];
  /** For a mentee without a proposal: pick the chosen mentor once the cost has been shown. */
  onPick?: (mentorId: string, mentorName: string) => Promise<boolean>;
}

/** "Why not another mentor?": pick a mentor, and the engine says why this mentee did not get them. */
export function WhyNotControl({
  programId,
  menteeId,
  menteeName,
  mentorId,
  mentors,
  onPick,
}: WhyNotControlProps) {
  const styles = useCommonStyles();
  const api = useApi();
  const action = useAsyncAction();
  const choices = mentors.filter((m) => m.userId !== mentorId && m.userId !== menteeId);
  const [chosen, setChosen] = useState(choices[0]?.userId ?? "");
  const [answer, setAnswer] = useState("");
  /** The mentor the shown answer is about: picking needs the cost of that very pair first. */
  const [answered, setAnswered] = useState("");
  const labelId = useId();
  const explainRef = useRef<HTMLButtonElement>(null);
  if (choices.length === 0) return null;

  const explain = async () => {
    setAnswer("");
    setAnswered("");
    const result = await action.run(() => api.whyNot(programId, menteeId, chosen));
    // Focus stays on Explain (disabled while it asks); the answer is read out from the status below.
    void focusAfter(explainRef);
    if (result) {
      setAnswer(`${result.mentorName}: ${result.message}`);
      setAnswered(chosen);
    }
  };
  const chosenName = choices.find((m) => m.userId === chosen)?.displayName ?? chosen;
  const pick = async () => {
    if (onPick && (await onPick(chosen, chosenName))) {
      setAnswer("");
      setAnswered("");
    }
  };

  return (
    <div className={styles.stack}>
      <span id={labelId} className={styles.meta}>
        {onPick ? "Pick a mentor (see what it costs first)" : "Why not another mentor?"}
      </span>
      <div className={styles.row}>
        <Select
          value={chosen}
          onChange={(_, d) => {
            setChosen(d.value);
            setAnswer("");
            setAnswered("");
          }}
          aria-label={`${onPick ? "Mentor" : "Other mentor"} for ${menteeName}`}
          aria-describedby={labelId}
        >
          {choices.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </Select>
        <Button ref={explainRef} disabled={action.busy || !chosen} onClick={() => void explain()}>
          {onPick ? "Show the cost" : "Explain"}
        </Button>
        {onPick && answered === chosen && (
          <Button appearance="primary" disabled={action.busy} onClick={() => void pick()}>
            {`Pick ${chosenName} for ${menteeName}`}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite" className={styles.text}>
        {action.error ? errorMessage(action.error, "explain this match") : answer}
      </div>
    </div>
  );
}
