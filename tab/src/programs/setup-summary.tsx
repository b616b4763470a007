import { FORMAT_LABELS, programTemplate, type ProgramTemplateId } from "@baton/shared";
import { useCommonStyles } from "../components/use-common-styles";
import type { SetupDraft } from "./setup-draft";
import {
  AGENDA_LABELS,
  CADENCE_LABELS,
  DURATION_LABELS,
  OUTCOME_LABELS,
  PURPOSE_LABELS,
  WEIGHT_LABELS,
} from "./setup-words";

/** Everything about to be created, to review before pressing Create. */
export function SetupSummary({ draft, templateId }: { draft: SetupDraft; templateId: ProgramTemplateId }) {
  const s = useCommonStyles();
  const rows: [string, string][] = [
    ["Template", programTemplate(templateId).title],
    ["Name", draft.name],
    ["Purpose", PURPOSE_LABELS[draft.purpose]],
    ["Audience", draft.audience || "Not set"],
    ["Formats", draft.formats.map((f) => FORMAT_LABELS[f]).join(", ")],
    ["Duration", DURATION_LABELS[draft.duration]],
    ["Cohort", draft.cohortEnd ? `${draft.cohortStart} to ${draft.cohortEnd}` : `From ${draft.cohortStart}`],
    [
      "Cadence",
      `${CADENCE_LABELS[draft.cadence]}, at least ${draft.minimumMeetingsPerMonth} meetings a month`,
    ],
    ["Minimum group size", String(draft.minGroupSize)],
    ["Escalation contact", draft.escalationContact || "Not set"],
    [
      "Skills",
      `${draft.skills.length} in ${new Set(draft.skills.map((x) => x.group)).size} groups; critical: ${
        draft.skills
          .filter((x) => x.critical)
          .map((x) => x.name)
          .join(", ") || "none"
      }`,
    ],
    [
      "Agreement",
      `${draft.agreementTemplate.meetingLengthMinutes}-minute meetings over ${draft.agreementTemplate.channels.join(", ") || "no channel yet"}`,
    ],
    [
      "Agendas",
      (Object.keys(AGENDA_LABELS) as (keyof typeof AGENDA_LABELS)[])
        .map((k) => `${AGENDA_LABELS[k]}: ${draft.agendaTemplates[k].length} items`)
        .join("; "),
    ],
    [
      "Matching",
      `${draft.matchingMode === "owners-approve" ? "Owners approve every match" : "Owners approve; mentees may also ask a mentor"}. Weights: ${(
        Object.keys(WEIGHT_LABELS) as (keyof typeof WEIGHT_LABELS)[]
      )
        .map((k) => `${WEIGHT_LABELS[k]} ${draft.matchingWeights[k]}`)
        .join(", ")}`,
    ],
    [
      "Outcomes",
      draft.outcomes
        .map((o) => `${OUTCOME_LABELS[o.kind]}${o.baseline !== undefined ? ` (baseline ${o.baseline})` : ""}`)
        .join("; ") || "None",
    ],
  ];
  return (
    <dl className={s.dl}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={s.dt}>{term}</dt>
          <dd className={s.dd}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
