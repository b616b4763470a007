import {
  cohortEndFor,
  programTemplate,
  type AgreementTemplate,
  type CreateProgramInput,
  type Format,
  type MatchingMode,
  type MatchingWeights,
  type ProgramAgendaTemplates,
  type ProgramDocument,
  type ProgramOutcome,
  type ProgramTemplateId,
  type Skill,
} from "@baton/shared";
import type { SetupPatch } from "../api/api-client";

/** Everything the New program flow and the Setup section edit, as the forms hold it. */
export interface SetupDraft {
  name: string;
  purpose: ProgramDocument["purpose"];
  audience: string;
  formats: Format[];
  duration: ProgramDocument["duration"];
  cohortStart: string;
  /** "" for none (evergreen). */
  cohortEnd: string;
  cadence: ProgramDocument["cadence"];
  minimumMeetingsPerMonth: number;
  minGroupSize: number;
  escalationContact: string;
  skills: Skill[];
  agreementTemplate: AgreementTemplate;
  agendaTemplates: ProgramAgendaTemplates;
  matchingWeights: MatchingWeights;
  matchingMode: MatchingMode;
  outcomes: ProgramOutcome[];
}

/** A fresh draft from a template, starting today (YYYY-MM-DD). */
export function draftFromTemplate(templateId: ProgramTemplateId, today: string): SetupDraft {
  const d = programTemplate(templateId).defaults();
  return {
    name: "",
    purpose: d.purpose,
    audience: d.audience,
    formats: d.formats,
    duration: d.duration,
    cohortStart: today,
    cohortEnd: cohortEndFor(today, d.duration) ?? "",
    cadence: d.cadence,
    minimumMeetingsPerMonth: d.minimumMeetingsPerMonth,
    minGroupSize: d.minGroupSize,
    escalationContact: "",
    skills: d.skills,
    agreementTemplate: d.agreementTemplate,
    agendaTemplates: d.agendaTemplates,
    matchingWeights: d.matchingWeights,
    matchingMode: d.matchingMode,
    outcomes: d.outcomes,
  };
}

/** The draft of a stored program (older programs get the template defaults for missing parts). */
export function draftFromProgram(p: ProgramDocument): SetupDraft {
  const d = programTemplate("blank").defaults();
  return {
    name: p.name,
    purpose: p.purpose,
    audience: p.audience,
    formats: p.formats,
    duration: p.duration,
    cohortStart: p.cohortStart,
    cohortEnd: p.cohortEnd ?? "",
    cadence: p.cadence,
    minimumMeetingsPerMonth: p.minimumMeetingsPerMonth,
    minGroupSize: p.minGroupSize ?? 5,
    escalationContact: p.escalationContact ?? "",
    skills: p.skills,
    agreementTemplate: p.agreementTemplate,
    agendaTemplates: p.agendaTemplates ?? d.agendaTemplates,
    matchingWeights: p.matchingWeights ?? d.matchingWeights,
    matchingMode: p.matchingMode ?? "mentees-may-request",
    outcomes: p.outcomes ?? [],
  };
}

/** What POST /api/programs gets for a draft. */
export function createInputOf(templateId: ProgramTemplateId, d: SetupDraft): CreateProgramInput {
  const { cohortEnd, escalationContact, ...rest } = d;
  return {
    ...rest,
    template: templateId,
    cohortEnd: cohortEnd || null,
    ...(escalationContact ? { escalationContact } : {}),
  };
}

/** Only the fields that differ from the stored program: two owners editing different parts both keep theirs. */
export function changedFields(p: ProgramDocument, d: SetupDraft): SetupPatch {
  const before = draftFromProgram(p);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(d) as (keyof SetupDraft)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(d[key])) continue;
    patch[key] = key === "cohortEnd" ? d.cohortEnd || null : d[key];
  }
  return patch as SetupPatch;
}

/** The end date that goes with a new duration (kept when the owner set one and it still applies). */
export function withDuration(d: SetupDraft, duration: SetupDraft["duration"]): SetupDraft {
  return { ...d, duration, cohortEnd: cohortEndFor(d.cohortStart, duration) ?? "" };
}

/** A skill id from a name: lower-case words joined by "-", unique within the taxonomy. */
export function newSkillId(name: string, taken: readonly Skill[]): string {
  const base =
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "skill";
  let id = base;
  for (let n = 2; taken.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}
