import { Button, Radio, RadioGroup } from "@fluentui/react-components";
import { programTemplates, type ProgramTemplateId } from "@baton/shared";
import { useEffect, useRef, useState } from "react";
import { useApi } from "../api/api-context";
import { isApiError } from "../api/api-error";
import { readableValidation } from "../api/error-message";
import { ActionError } from "../components/action-error";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { AppLink } from "../routing/app-link";
import { paths } from "../routing/route";
import { navigate } from "../routing/use-location";
import { MatchingFields } from "./matching-fields";
import { newProgramSteps, stepOfField, type NewProgramStep } from "./new-program-steps";
import { OutcomesFields } from "./outcomes-fields";
import { BasicsFields } from "./setup-fields";
import { createInputOf, draftFromTemplate, type SetupDraft } from "./setup-draft";
import { SetupSummary } from "./setup-summary";
import { TaxonomyEditor } from "./taxonomy-editor";
import { TemplatesFields } from "./templates-fields";

const today = () => new Date().toISOString().slice(0, 10);

/** "New program": template → basics → taxonomy → agreement and agendas → matching → outcomes → review. */
export default function NewProgramPage() {
  const s = useCommonStyles();
  const api = useApi();
  const action = useAsyncAction();
  const [templateId, setTemplateId] = useState<ProgramTemplateId>("skill-transfer");
  const [draft, setDraft] = useState<SetupDraft>(() => draftFromTemplate("skill-transfer", today()));
  const [step, setStep] = useState<NewProgramStep>("template");
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const index = newProgramSteps.findIndex((x) => x.id === step);
  const current = newProgramSteps[index] ?? newProgramSteps[0];

  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  const serverField = action.errorField;
  const errorOf = (field: string) => {
    if (localError?.field === field) return localError.message;
    if (serverField === field && isApiError(action.error))
      return readableValidation(action.error.message, field);
    return undefined;
  };

  const chooseTemplate = (id: ProgramTemplateId) => {
    setTemplateId(id);
    setDraft((d) => ({ ...draftFromTemplate(id, d.cohortStart || today()), name: d.name }));
  };
  const next = () => {
    if (step === "basics" && !draft.name.trim()) {
      setLocalError({ field: "name", message: "Give the program a name." });
      return;
    }
    setLocalError(null);
    const following = newProgramSteps[index + 1];
    if (following) setStep(following.id);
  };
  const back = () => {
    const previous = newProgramSteps[index - 1];
    if (previous) setStep(previous.id);
  };
  const create = async () => {
    const created = await action.run(() => api.createProgram(createInputOf(templateId, draft)));
    if (created) navigate(`${paths.program(created.program.programId)}?section=setup&created=1`);
  };
  useEffect(() => {
    if (serverField) setStep(stepOfField(serverField));
  }, [serverField]);

  return (
    <div className={s.stack}>
      <h1 className={s.h1}>New program</h1>
      <p className={s.meta}>
        Step {index + 1} of {newProgramSteps.length}. Everything stays editable after the program is created;
        nobody sees it until you open it for intake.
      </p>
      <ol className={s.row} aria-label="Steps" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {newProgramSteps.map((x, i) => (
          <li key={x.id} aria-current={x.id === step ? "step" : undefined} className={s.meta}>
            {i + 1}. {x.id === step ? <strong>{x.title}</strong> : x.title}
          </li>
        ))}
      </ol>
      <section aria-labelledby="step-heading" className={s.form} style={{ maxWidth: "880px" }}>
        <h2 id="step-heading" ref={heading} tabIndex={-1} className={s.h2}>
          {current.title}
        </h2>
        {step === "template" && (
          <RadioGroup
            aria-labelledby="step-heading"
            value={templateId}
            onChange={(_, d) => chooseTemplate(d.value as ProgramTemplateId)}
          >
            {programTemplates.map((t) => (
              <Radio key={t.id} value={t.id} label={`${t.title}: ${t.summary}`} />
            ))}
          </RadioGroup>
        )}
        {step === "basics" && <BasicsFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
        {step === "taxonomy" && (
          <TaxonomyEditor
            skills={draft.skills}
            error={errorOf("skills")}
            onChange={(skills) => setDraft({ ...draft, skills })}
          />
        )}
        {step === "templates" && <TemplatesFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
        {step === "matching" && <MatchingFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
        {step === "outcomes" && <OutcomesFields draft={draft} onChange={setDraft} errorOf={errorOf} />}
        {step === "summary" && <SetupSummary draft={draft} templateId={templateId} />}
        <ActionError
          error={action.error}
          action="create the program"
          onReload={() => undefined}
          shownInForm
        />
        {action.errorField && (
          <p role="alert" className={s.text}>
            {errorOf(action.errorField)}
          </p>
        )}
        <div className={s.actions}>
          {index > 0 && (
            <Button onClick={back} disabled={action.busy}>
              Back
            </Button>
          )}
          {step !== "summary" ? (
            <Button appearance="primary" onClick={next}>
              Next
            </Button>
          ) : (
            <Button appearance="primary" onClick={() => void create()} disabled={action.busy}>
              {action.busy ? "Creating…" : "Create program"}
            </Button>
          )}
        </div>
      </section>
      <p>
        <AppLink to={paths.personal()}>Cancel and go to My mentoring</AppLink>
      </p>
    </div>
  );
}
