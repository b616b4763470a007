import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { agendaTemplateKind, type AgendaItem, type AgendaTemplateKind } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import type { DraftProps } from "./setup-fields";
import { AGENDA_LABELS } from "./setup-words";

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(140px, 1fr) minmax(200px, 2fr) auto",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
  },
});

/** The agreement template and the four session agendas (first, regular, midpoint, final). */
export function TemplatesFields({ draft, onChange, errorOf = () => undefined }: DraftProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const t = draft.agreementTemplate;
  const setTerms = (patch: Partial<typeof t>) =>
    onChange({ ...draft, agreementTemplate: { ...t, ...patch } });
  const setAgenda = (kind: AgendaTemplateKind, items: AgendaItem[]) =>
    onChange({ ...draft, agendaTemplates: { ...draft.agendaTemplates, [kind]: items } });
  const msg = (field: string) => {
    const error = errorOf(field);
    return error ? { validationMessage: error, validationState: "error" as const } : {};
  };

  return (
    <div className={common.stack}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Agreement template</legend>
        <div className={common.formRow}>
          <Field label="Meeting length (minutes)" {...msg("agreementTemplate.meetingLengthMinutes")}>
            <Input
              type="number"
              min={15}
              max={240}
              value={String(t.meetingLengthMinutes)}
              onChange={(_, d) => setTerms({ meetingLengthMinutes: Number(d.value) })}
            />
          </Field>
          <Field label="Channels" hint="Separated by commas." {...msg("agreementTemplate.channels")}>
            <Input
              value={t.channels.join(", ")}
              onChange={(_, d) =>
                setTerms({
                  channels: d.value
                    .split(",")
                    .map((c) => c.trim())
                    .filter(Boolean),
                })
              }
            />
          </Field>
        </div>
        <Field label="Response time" {...msg("agreementTemplate.responseTime")}>
          <Input
            value={t.responseTime}
            maxLength={200}
            onChange={(_, d) => setTerms({ responseTime: d.value })}
          />
        </Field>
        <Field label="Confidentiality" {...msg("agreementTemplate.confidentiality")}>
          <Textarea
            value={t.confidentiality}
            maxLength={1000}
            onChange={(_, d) => setTerms({ confidentiality: d.value })}
          />
        </Field>
        <Field label="Boundaries" {...msg("agreementTemplate.boundaries")}>
          <Textarea
            value={t.boundaries}
            maxLength={1000}
            onChange={(_, d) => setTerms({ boundaries: d.value })}
          />
        </Field>
      </fieldset>
      {agendaTemplateKind.options.map((kind) => {
        const items = draft.agendaTemplates[kind];
        const label = AGENDA_LABELS[kind];
        return (
          <fieldset key={kind} className={styles.fieldset}>
            <legend className={styles.legend}>{label} agenda</legend>
            {errorOf(`agendaTemplates.${kind}`) && <p role="alert">{errorOf(`agendaTemplates.${kind}`)}</p>}
            {items.map((item, i) => (
              <div key={i} className={styles.item} role="group" aria-label={`${label}, item ${i + 1}`}>
                <Field label="Heading">
                  <Input
                    value={item.heading}
                    maxLength={120}
                    onChange={(_, d) =>
                      setAgenda(
                        kind,
                        items.map((x, j) => (j === i ? { ...x, heading: d.value } : x)),
                      )
                    }
                  />
                </Field>
                <Field label="Prompt">
                  <Input
                    value={item.prompt}
                    maxLength={500}
                    onChange={(_, d) =>
                      setAgenda(
                        kind,
                        items.map((x, j) => (j === i ? { ...x, prompt: d.value } : x)),
                      )
                    }
                  />
                </Field>
                <Button
                  appearance="subtle"
                  aria-label={`Remove ${label.toLowerCase()} item ${i + 1}`}
                  disabled={items.length <= 1}
                  onClick={() =>
                    setAgenda(
                      kind,
                      items.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove
                </Button>
              </div>
            ))}
            <div className={common.actions}>
              <Button
                disabled={items.length >= 20}
                onClick={() => setAgenda(kind, [...items, { heading: "New item", prompt: "" }])}
              >
                Add an item to the {label.toLowerCase()} agenda
              </Button>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
