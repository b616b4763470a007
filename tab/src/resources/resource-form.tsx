import { Button, Dropdown, Field, Input, Option, Select, Textarea } from "@fluentui/react-components";
import type {
  CreateResourceInput,
  ResourceDocument,
  ResourceKind,
  ResourceLevel,
  Skill,
} from "@baton/shared";
import { useState } from "react";
import type { FormEvent } from "react";
import { errorMessage, formFieldOf } from "../api/error-message";
import { ActionError } from "../components/action-error";
import type { AsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { isHttpsLink, kindLabels, levelLabels } from "./resource-words";

const FIELDS = ["title", "url", "kind", "skillIds", "level", "description"];

interface ResourceFormProps {
  skills: Skill[];
  /** The resource being edited, or none to add one. */
  editing?: ResourceDocument;
  action: AsyncAction;
  onSave: (input: CreateResourceInput) => Promise<boolean>;
  onCancel?: () => void;
  onReload: () => void;
}

/** Add or edit a resource: title, https link, type, skills from the taxonomy, level, short description. */
export function ResourceForm({ skills, editing, action, onSave, onCancel, onReload }: ResourceFormProps) {
  const common = useCommonStyles();
  const [title, setTitle] = useState(editing?.title ?? "");
  const [url, setUrl] = useState(editing?.url ?? "");
  const [kind, setKind] = useState<ResourceKind>(editing?.kind ?? "doc");
  const [level, setLevel] = useState<ResourceLevel>(editing?.level ?? "beginner");
  const [skillIds, setSkillIds] = useState<string[]>(editing?.skillIds ?? []);
  const [description, setDescription] = useState(editing?.description ?? "");
  const [local, setLocal] = useState<Record<string, string>>({});

  const serverField = formFieldOf(action.errorField);
  const serverMessage = serverField && FIELDS.includes(serverField) ? errorMessage(action.error) : undefined;
  const errorFor = (field: string) => {
    const message = local[field] ?? (serverField === field ? serverMessage : undefined);
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = "Give the resource a title.";
    if (!isHttpsLink(url)) problems.url = "Enter a link that starts with https://.";
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const saved = await onSave({ title: title.trim(), url: url.trim(), kind, level, skillIds, description });
    if (saved && !editing) {
      setTitle("");
      setUrl("");
      setSkillIds([]);
      setDescription("");
    }
  };

  const skillNames = new Map(skills.map((s) => [s.id, s.name]));
  const heading = editing ? `Edit “${editing.title}”` : "Add a resource";
  return (
    <form className={common.form} onSubmit={(e) => void submit(e)} noValidate aria-label={heading}>
      <h3 className={common.h3}>{heading}</h3>
      <Field label="Title" required {...errorFor("title")}>
        <Input value={title} maxLength={120} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label="Link" required hint="https:// links only; it opens in a new window." {...errorFor("url")}>
        <Input type="url" value={url} maxLength={2000} onChange={(_, d) => setUrl(d.value)} />
      </Field>
      <div className={common.formRow}>
        <Field label="Type" {...errorFor("kind")}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as ResourceKind)}>
            {Object.entries(kindLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Level" {...errorFor("level")}>
          <Select value={level} onChange={(_, d) => setLevel(d.value as ResourceLevel)}>
            {Object.entries(levelLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Skills it teaches" {...errorFor("skillIds")}>
        <Dropdown
          multiselect
          placeholder="Choose skills"
          selectedOptions={skillIds}
          value={skillIds.map((id) => skillNames.get(id) ?? id).join(", ")}
          onOptionSelect={(_, d) => setSkillIds(d.selectedOptions.slice(0, 10))}
        >
          {skills.map((s) => (
            <Option key={s.id} value={s.id} text={s.name}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Short description" {...errorFor("description")}>
        <Textarea value={description} maxLength={500} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <ActionError
        error={action.error}
        action={editing ? "save the resource" : "add the resource"}
        onReload={onReload}
        shownInForm={!!serverMessage}
      />
      <div className={common.actions}>
        <Button type="submit" appearance="primary" disabled={action.busy}>
          {editing ? "Save resource" : "Add resource"}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
