import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { OUTCOME_RANGES, outcomeKind, type OutcomeKind } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import type { DraftProps } from "./setup-fields";
import { OUTCOME_LABELS } from "./setup-words";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(220px, 1fr) minmax(160px, 1fr)",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
  },
});

/** The outcomes the program measures, each with an optional baseline. */
export function OutcomesFields({ draft, onChange, errorOf = () => undefined }: DraftProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const chosen = (kind: OutcomeKind) => draft.outcomes.find((o) => o.kind === kind);
  const set = (kind: OutcomeKind, on: boolean, baseline?: number) => {
    const others = draft.outcomes.filter((o) => o.kind !== kind);
    const next = on ? [...others, { kind, ...(baseline !== undefined ? { baseline } : {}) }] : others;
    onChange({ ...draft, outcomes: outcomeKind.options.flatMap((k) => next.filter((o) => o.kind === k)) });
  };
  return (
    <ul className={common.list} aria-label="Outcomes">
      {outcomeKind.options.map((kind) => {
        const outcome = chosen(kind);
        const range = OUTCOME_RANGES[kind];
        const index = draft.outcomes.findIndex((o) => o.kind === kind);
        const error = index >= 0 ? errorOf(`outcomes.${index}.baseline`) : undefined;
        return (
          <li key={kind} className={styles.row}>
            <Checkbox
              label={OUTCOME_LABELS[kind]}
              checked={outcome !== undefined}
              onChange={(_, d) => set(kind, d.checked === true, outcome?.baseline)}
            />
            <Field
              label={`Baseline for ${OUTCOME_LABELS[kind].toLowerCase()}`}
              hint={`Optional, ${range.min} to ${range.max}.`}
              {...(error ? { validationMessage: error, validationState: "error" as const } : {})}
            >
              <Input
                type="number"
                min={range.min}
                max={range.max}
                disabled={outcome === undefined}
                value={outcome?.baseline === undefined ? "" : String(outcome.baseline)}
                onChange={(_, d) => set(kind, true, d.value === "" ? undefined : Number(d.value))}
              />
            </Field>
          </li>
        );
      })}
    </ul>
  );
}
