import { validationError } from "../domain/errors";
import { documentIds, partitionKeys } from "../domain/keys";
import type { ProgramAgendaTemplates, ProgramDocument, ProgramStatus } from "../domain/program";
import { defaultAgendaTemplates } from "../workspace/agenda-templates";
import type { CreateProgramInput, UpdateSetupInput } from "./setup-input";
import { cohortEndFor, programTemplate, templateForPurpose } from "./templates";

/** The agendas a program's sessions use: its own, or the defaults for programs from before setup. */
export const agendaTemplatesOf = (program: Pick<ProgramDocument, "agendaTemplates"> | undefined) =>
  program?.agendaTemplates ?? (defaultAgendaTemplates as ProgramAgendaTemplates);

/** Dates and duration agree: an end after the start, none for evergreen programs. */
function checkDates(p: Pick<ProgramDocument, "duration" | "cohortStart" | "cohortEnd">): void {
  if (p.duration === "evergreen" && p.cohortEnd)
    throw validationError("cohortEnd", "cohortEnd: an evergreen program has no end date.");
  if (p.duration !== "evergreen" && !p.cohortEnd)
    throw validationError("cohortEnd", "cohortEnd: give the cohort an end date (or make it evergreen).");
  if (p.cohortEnd && p.cohortEnd <= p.cohortStart)
    throw validationError("cohortEnd", "cohortEnd: the cohort must end after it starts.");
}

/** A new draft program from a template and the creator's choices (pure; input already parsed). */
export function newProgram(
  input: CreateProgramInput,
  ctx: { tenantId: string; programId: string; creatorId: string; now: Date },
): ProgramDocument {
  const templateId = input.template ?? templateForPurpose(input.purpose);
  const defaults = programTemplate(templateId).defaults();
  const now = ctx.now.toISOString();
  const duration = input.duration ?? defaults.duration;
  const cohortStart = input.cohortStart ?? now.slice(0, 10);
  const cohortEnd =
    input.cohortEnd === null ? undefined : (input.cohortEnd ?? cohortEndFor(cohortStart, duration));
  const { template: _t, cohortEnd: _e, escalationContact, ...chosen } = input;
  const program: ProgramDocument = {
    id: documentIds.program(ctx.programId),
    pk: partitionKeys.tenant(ctx.tenantId),
    tenantId: ctx.tenantId,
    type: "program",
    programId: ctx.programId,
    ...defaults,
    ...chosen,
    duration,
    cohortStart,
    ...(cohortEnd ? { cohortEnd } : {}),
    ...(escalationContact ? { escalationContact } : {}),
    templateId,
    ownerIds: [ctx.creatorId],
    sponsorIds: [],
    dashboardAccess: input.dashboardAccess ?? "owners-and-sponsors",
    retentionMonths: input.retentionMonths ?? 12,
    status: "draft",
    createdAt: now,
    updatedAt: now,
  };
  checkDates(program);
  return program;
}

/**
 * The program with an owner's setup changes applied (pure). Once a program is open, a skill can no
 * longer be removed from the taxonomy (people may hold it): it is renamed or retired instead.
 */
export function applySetup(program: ProgramDocument, patch: UpdateSetupInput, now: Date): ProgramDocument {
  const { etag: _etag, cohortEnd, escalationContact, ...fields } = patch;
  const next: ProgramDocument = { ...program, ...fields, updatedAt: now.toISOString() };
  if (cohortEnd) next.cohortEnd = cohortEnd;
  else if (cohortEnd === null || fields.duration === "evergreen") delete next.cohortEnd;
  else if (fields.duration && !next.cohortEnd) {
    const end = cohortEndFor(next.cohortStart, fields.duration);
    if (end) next.cohortEnd = end;
  }
  if (escalationContact !== undefined) {
    if (escalationContact) next.escalationContact = escalationContact;
    else delete next.escalationContact;
  }
  if (fields.skills && program.status !== "draft") {
    const kept = new Set(fields.skills.map((s) => s.id));
    const dropped = program.skills.filter((s) => !kept.has(s.id));
    if (dropped.length > 0)
      throw validationError(
        "skills",
        `skills: "${dropped[0]?.name}" can't be removed once the program is open; people may hold it. Rename or retire it instead.`,
      );
  }
  checkDates(next);
  return next;
}

/** The program moved to a new lifecycle status (the caller checked `transitionProblem`). */
export function withStatus(program: ProgramDocument, to: ProgramStatus, now: Date): ProgramDocument {
  const at = now.toISOString();
  return { ...program, status: to, updatedAt: at, ...(to === "closed" ? { closedAt: at } : {}) };
}
