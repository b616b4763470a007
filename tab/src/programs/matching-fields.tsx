import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { MatchingMode, MatchingWeights } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import type { DraftProps } from "./setup-fields";
import { WEIGHT_LABELS } from "./setup-words";

/** The weights of the match score's parts, and who may start a pair. */
export function MatchingFields({ draft, onChange, errorOf = () => undefined }: DraftProps) {
  const common = useCommonStyles();
  const w = draft.matchingWeights;
  const total = Object.values(w).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  return (
    <div className={common.stack}>
      <Field label="Who starts a pair">
        <RadioGroup
          value={draft.matchingMode}
          onChange={(_, d) => onChange({ ...draft, matchingMode: d.value as MatchingMode })}
        >
          <Radio value="owners-approve" label="Owners approve every match" />
          <Radio
            value="mentees-may-request"
            label="Owners approve matches, and mentees may also ask a mentor directly"
          />
        </RadioGroup>
      </Field>
      <p className={common.meta}>
        Weights of the match score (0 to 100 each; they are compared with each other, total now {total}).
      </p>
      <div className={common.formRow}>
        {(Object.keys(WEIGHT_LABELS) as (keyof MatchingWeights)[]).map((key) => {
          const error = errorOf(`matchingWeights.${key}`);
          return (
            <Field
              key={key}
              label={WEIGHT_LABELS[key]}
              {...(error ? { validationMessage: error, validationState: "error" as const } : {})}
            >
              <Input
                type="number"
                min={0}
                max={100}
                value={Number.isFinite(w[key]) ? String(w[key]) : ""}
                onChange={(_, d) =>
                  onChange({
                    ...draft,
                    matchingWeights: { ...w, [key]: d.value === "" ? Number.NaN : Number(d.value) },
                  })
                }
              />
            </Field>
          );
        })}
      </div>
    </div>
  );
}
