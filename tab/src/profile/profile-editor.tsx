import { Button, Field, Input, Radio, RadioGroup, Select, Textarea } from "@fluentui/react-components";
import {
  COMMUNICATION_PREFERENCES,
  EXPERIENCE_LEVELS,
  FORMAT_LABELS,
  MENTORING_STYLES,
  TEAM_PREFERENCES,
} from "@baton/shared";
import type { Format, ProfileView } from "@baton/shared";
import { useEffect, useMemo, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useApi } from "../api/api-context";
import { errorMessage } from "../api/error-message";
import { isApiError } from "../api/api-error";
import { ActionError } from "../components/action-error";
import { LiveStatus } from "../components/live-status";
import { useAsyncAction } from "../components/use-async-action";
import { useCommonStyles } from "../components/use-common-styles";
import { AvailabilityEditor } from "./availability-editor";
import { ChoiceGroup } from "./choice-group";
import { ClaimsEditor } from "./claims-editor";
import { fromFormValues, isFormField, toFormValues } from "./profile-form-values";
import type { ProfileErrors, ProfileFormValues } from "./profile-form-values";
import { skillGroups, skillNamer } from "./skill-options";
import { timeZoneOptions } from "./time-zones";
import { errorProps } from "./use-profile-form-styles";

interface ProfileEditorProps {
  view: ProfileView & { profile: NonNullable<ProfileView["profile"]> };
  onSaved: (view: ProfileView) => void;
  reload: () => Promise<unknown>;
  refreshing: boolean;
}

const capacityOptions = [
  ["0", "0 · not mentoring for now"],
  ["1", "1 person"],
  ["2", "2 people"],
  ["3", "3 people"],
] as const;

/** Everything a person can change about their profile, checked with the bot's rules before saving. */
export function ProfileEditor({ view, onSaved, reload, refreshing }: ProfileEditorProps) {
  const styles = useCommonStyles();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const save = useAsyncAction();
  const [values, setValues] = useState<ProfileFormValues>(() => toFormValues(view.profile));
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [status, setStatus] = useState("");
  const [focusError, setFocusError] = useState(0);

  const programs = useMemo(() => {
    const joined = view.programs.filter((p) => p.joined);
    return joined.length > 0 ? joined : view.programs;
  }, [view.programs]);
  const skills = useMemo(() => programs.flatMap((p) => p.skills), [programs]);
  // Retired skills stay pickable only where the profile already claims them (kept when first shown).
  const [claimed] = useState(() => [...view.profile.learn, ...view.profile.offer].map((c) => c.skillId));
  const groups = useMemo(() => skillGroups(skills, claimed), [skills, claimed]);
  const skillName = useMemo(() => skillNamer(skills), [skills]);
  const formats = useMemo(
    () =>
      [...new Set(programs.flatMap((p) => p.formats))].map((f): [Format, string] => [f, FORMAT_LABELS[f]]),
    [programs],
  );
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);

  // After a failed check, move focus to the first field with a problem.
  useEffect(() => {
    if (focusError === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-invalid="true"] input, [data-invalid="true"] select');
    target?.focus();
  }, [focusError]);

  const serverPath =
    isApiError(save.error) && save.error.kind === "validation" && isFormField(save.errorField, values)
      ? save.errorField
      : undefined;
  const shown: ProfileErrors = { ...errors };
  if (serverPath && !shown[serverPath]) shown[serverPath] = errorMessage(save.error);

  const set = <K extends keyof ProfileFormValues>(field: K, value: ProfileFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      const next = { ...current };
      for (const path of Object.keys(next))
        if (path === field || path.startsWith(`${field}.`)) delete next[path];
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("");
    save.clearError();
    const ctx = { userId: view.profile.userId, skills, formats: formats.map(([f]) => f) };
    const result = fromFormValues(values, view.etag ?? "", ctx);
    setErrors(result.errors);
    if (!result.input) {
      const count = Object.keys(result.errors).length;
      setStatus(
        count === 1 ? "One thing needs a look before saving." : `${count} things need a look before saving.`,
      );
      setFocusError((n) => n + 1);
      return;
    }
    const input = result.input;
    const saved = await save.run(() => api.saveProfile(input));
    if (!saved) {
      setFocusError((n) => n + 1);
      return;
    }
    onSaved(saved);
    if (saved.profile) setValues(toFormValues(saved.profile));
    setStatus("Profile saved.");
  };

  return (
    <form
      ref={formRef}
      className={styles.stack}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Edit my profile"
    >
      <section aria-labelledby="about-heading" className={styles.form}>
        <h2 id="about-heading" className={styles.h2}>
          About me
        </h2>
        <div className={styles.formRow}>
          <Field label="Role" required {...errorProps(shown.role)}>
            <Input value={values.role} maxLength={120} onChange={(_, d) => set("role", d.value)} />
          </Field>
          <Field label="Team" required {...errorProps(shown.team)}>
            <Input value={values.team} maxLength={120} onChange={(_, d) => set("team", d.value)} />
          </Field>
        </div>
        <div className={styles.formRow}>
          <Field label="Experience level" {...errorProps(shown.level)}>
            <Select
              value={values.level}
              onChange={(_, d) => set("level", d.value as ProfileFormValues["level"])}
            >
              {EXPERIENCE_LEVELS.map(([level, label]) => (
                <option key={level} value={level}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Time zone" {...errorProps(shown.timeZone)}>
            <Select value={values.timeZone} onChange={(_, d) => set("timeZone", d.value)}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </section>

      <section aria-labelledby="skills-heading" className={styles.form}>
        <h2 id="skills-heading" className={styles.h2}>
          Skills
        </h2>
        <ClaimsEditor
          list="learn"
          legend="What I want to learn"
          purpose="to learn"
          hint="Level: where you are now, from 1 (new to it) to 4 (can teach it)."
          rows={values.learn}
          groups={groups}
          skillName={skillName}
          errors={shown}
          onChange={(rows) => set("learn", rows)}
        />
        <ClaimsEditor
          list="offer"
          legend="What I can offer"
          purpose="to offer"
          hint="Skills you could help someone else with, and how well you know them."
          rows={values.offer}
          groups={groups}
          skillName={skillName}
          errors={shown}
          onChange={(rows) => set("offer", rows)}
        />
      </section>

      <section aria-labelledby="goals-heading" className={styles.form}>
        <h2 id="goals-heading" className={styles.h2}>
          Goals
        </h2>
        <Field
          label="What I want to be able to do"
          hint="In your own words. Your match and your program owner's matching use it."
          {...errorProps(shown.goals)}
        >
          <Textarea
            value={values.goals}
            maxLength={2000}
            rows={4}
            resize="vertical"
            onChange={(_, d) => set("goals", d.value)}
          />
        </Field>
      </section>

      <section aria-labelledby="work-heading" className={styles.form}>
        <h2 id="work-heading" className={styles.h2}>
          How I like to work
        </h2>
        <ChoiceGroup
          legend="Mentoring style"
          options={MENTORING_STYLES}
          selected={values.styles}
          error={shown.styles}
          onChange={(selected) => set("styles", selected)}
        />
        <ChoiceGroup
          legend="Ways to keep in touch"
          options={COMMUNICATION_PREFERENCES}
          selected={values.communication}
          error={shown.communication}
          onChange={(selected) => set("communication", selected)}
        />
        <ChoiceGroup
          legend="Formats"
          hint="The formats your program offers."
          options={formats}
          selected={values.formats}
          error={shown.formats}
          onChange={(selected) => set("formats", selected)}
        />
        <Field label="Who I would like to be matched with" {...errorProps(shown.teamPreference)}>
          <RadioGroup
            value={values.teamPreference}
            onChange={(_, d) => set("teamPreference", d.value as ProfileFormValues["teamPreference"])}
          >
            {TEAM_PREFERENCES.map(([value, label]) => (
              <Radio key={value} value={value} label={label} />
            ))}
          </RadioGroup>
        </Field>
      </section>

      <section aria-labelledby="availability-heading" className={styles.form}>
        <h2 id="availability-heading" className={styles.h2}>
          Availability
        </h2>
        <AvailabilityEditor
          rows={values.availability}
          timeZone={values.timeZone}
          errors={shown}
          onChange={(rows) => set("availability", rows)}
        />
      </section>

      <section aria-labelledby="capacity-heading" className={styles.form}>
        <h2 id="capacity-heading" className={styles.h2}>
          Mentor capacity
        </h2>
        <Field
          label="How many people I could mentor at once"
          hint="Offer at least one skill to mentor someone."
          {...errorProps(shown.mentorCapacity)}
        >
          <Select value={values.mentorCapacity} onChange={(_, d) => set("mentorCapacity", d.value)}>
            {capacityOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </section>

      <ActionError
        error={save.error}
        action="save your profile"
        onReload={() =>
          void reload().then(() => {
            save.clearError();
            setStatus("Reloaded the latest saved profile. Your changes are still in the form.");
          })
        }
        reloading={refreshing}
        shownInForm={!!serverPath}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={save.busy}>
          Save profile
        </Button>
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
