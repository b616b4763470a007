import { Button, Select } from "@fluentui/react-components";
import type { MatchingView } from "@baton/shared";
import { useId, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";

interface WhyNotControlProps {
  programId: string;
  menteeId: string;
  menteeName: string;
  /** Their proposed mentor, left out of the choices. */
  mentorId?: string;
  mentors: MatchingView["mentors"];
}

/** "Why not another mentor?": pick a mentor, and the engine says why this mentee did not get them. */
export function WhyNotControl({ programId, menteeId, menteeName, mentorId, mentors }: WhyNotControlProps) {
  const styles = useCommonStyles();
  const api = useApi();
  const action = useAsyncAction();
  const choices = mentors.filter((m) => m.userId !== mentorId && m.userId !== menteeId);
  const [chosen, setChosen] = useState(choices[0]?.userId ?? "");
  const [answer, setAnswer] = useState("");
  const labelId = useId();
  if (choices.length === 0) return null;

  const explain = async () => {
    setAnswer("");
    const result = await action.run(() => api.whyNot(programId, menteeId, chosen));
    if (result) setAnswer(`${result.mentorName}: ${result.message}`);
  };

  return (
    <div className={styles.stack}>
      <span id={labelId} className={styles.meta}>
        Why not another mentor?
      </span>
      <div className={styles.row}>
        <Select
          value={chosen}
          onChange={(_, d) => setChosen(d.value)}
          aria-label={`Other mentor for ${menteeName}`}
          aria-describedby={labelId}
        >
          {choices.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </Select>
        <Button disabled={action.busy || !chosen} onClick={() => void explain()}>
          Explain
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.text}>
        {action.error ? errorMessage(action.error, "explain this match") : answer}
      </div>
    </div>
  );
}
