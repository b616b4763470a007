import { Button, Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import type { ClosingChoice, ClosingView } from "@baton/shared";
import { useCallback, useState } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { useLoaded } from "../components/use-loaded";

/**
 * A member's private lessons learned and their choice (keep meeting informally, or close) while the
 * pair is closing; afterwards, their own saved reflection. Only its author ever sees it.
 */
export function ClosingReflection({ pairId, onSettled }: { pairId: string; onSettled: () => void }) {
  const common = useCommonStyles();
  const api = useApi();
  const load = useCallback(() => api.closing(pairId), [api, pairId]);
  const { data, setData } = useLoaded<ClosingView>(load);
  const [lessons, setLessons] = useState<string | null>(null);
  const [choice, setChoice] = useState<ClosingChoice | "">("");
  const [status, setStatus] = useState("");
  const save = useAsyncAction();

  if (!data) return null;
  const mine = data.reflection;
  const text = lessons ?? mine?.lessons ?? "";
  const picked = choice || mine?.choice || "";

  if (data.status !== "closing")
    return mine ? (
      <section aria-labelledby="reflection-heading" className={common.card}>
        <h2 id="reflection-heading" className={common.h3}>
          Your lessons learned
        </h2>
        <p className={common.meta}>Only you can see this.</p>
        <p className={common.text}>{mine.lessons || "You didn't write any."}</p>
      </section>
    ) : null;

  const onSubmit = async () => {
    if (!picked) {
      setStatus("");
      return;
    }
    const saved = await save.run(() => api.saveClosing(pairId, { lessons: text, choice: picked }));
    if (!saved) return;
    setData(saved);
    setStatus("Your reflection is saved.");
    if (saved.status !== "closing") onSettled();
  };

  return (
    <form
      aria-labelledby="reflection-heading"
      className={common.form}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <h2 id="reflection-heading" className={common.h3}>
        Lessons learned and what comes next
      </h2>
      <p className={common.meta}>
        Only you can see what you write here; your partner only learns the outcome.
      </p>
      <Field label="Lessons learned" hint="What worked, what you'd do differently, what you take with you.">
        <Textarea
          value={text}
          maxLength={2000}
          rows={4}
          resize="vertical"
          onChange={(_, d) => setLessons(d.value)}
        />
      </Field>
      <Field
        label="After the program"
        required
        {...(save.error && !picked
          ? { validationMessage: "Choose one.", validationState: "error" as const }
          : {})}
      >
        <RadioGroup value={picked} onChange={(_, d) => setChoice(d.value as ClosingChoice)}>
          <Radio value="continue" label="Keep meeting informally (no more program reminders)" />
          <Radio value="close" label="Close our pair (it stays readable)" />
        </RadioGroup>
      </Field>
      <ActionError
        error={save.error}
        action="save your reflection"
        onReload={() => save.clearError()}
        shownInForm={false}
      />
      {mine && (
        <p className={common.meta}>
          You chose to {mine.choice === "continue" ? "keep meeting" : "close"}. You can change it until you
          both have chosen.
        </p>
      )}
      <div className={common.row}>
        <Button type="submit" appearance="primary" disabled={save.busy || !picked}>
          Save my reflection
        </Button>
      </div>
      <LiveStatus message={status || (save.error ? errorMessage(save.error, "save your reflection") : "")} />
    </form>
  );
}
