import { partitionKeys } from "../domain/keys";
import { MAX_PROFILE_PROGRAMS, type ProfileDocument } from "../domain/profile";
import { intakeIds, type IntakeDocument } from "./intake-documents";
import { fieldErrorsOf, profileFields, type FieldErrors, type ProfileDraft } from "./profile-fields";
import { applyStepInput, type StepContext } from "./step-input";
import {
  JOIN_PATH,
  nextStep,
  previousStep,
  SECTION_PATHS,
  type IntakeStep,
  type ProfileSection,
} from "./steps";

export type IntakeStart =
  | { mode: "join"; tenantId: string; userId: string; programId: string; draft: ProfileDraft; now: Date }
  | {
      mode: "edit";
      tenantId: string;
      userId: string;
      programId: string;
      section: ProfileSection;
      draft: ProfileDraft;
      profileEtag: string;
      now: Date;
    };

export function startIntake(start: IntakeStart): IntakeDocument {
  const path = start.mode === "join" ? [...JOIN_PATH] : [...SECTION_PATHS[start.section]];
  const at = start.now.toISOString();
  return {
    id: start.mode === "join" ? intakeIds.join(start.programId) : intakeIds.edit(),
    pk: partitionKeys.user(start.tenantId, start.userId),
    tenantId: start.tenantId,
    type: "intake",
    userId: start.userId,
    programId: start.programId,
    mode: start.mode,
    ...(start.mode === "edit" ? { section: start.section, profileEtag: start.profileEtag } : {}),
    path,
    step: path[0] as IntakeStep,
    draft: start.draft as IntakeDocument["draft"],
    startedAt: at,
    updatedAt: at,
  };
}

export type SubmitOutcome =
  /** The card pressed is for another step (an old card, another device): show where they are. */
  | { kind: "stale"; doc: IntakeDocument }
  | { kind: "invalid"; doc: IntakeDocument; errors: FieldErrors; values: Record<string, unknown> }
  | { kind: "next"; doc: IntakeDocument }
  | { kind: "finished"; doc: IntakeDocument };

const draftOf = (doc: IntakeDocument) => doc.draft as ProfileDraft;

/** Applies a submitted step; nothing is saved from a step with a problem. */
export function submitStep(
  doc: IntakeDocument,
  cardStep: string,
  raw: Record<string, unknown>,
  ctx: StepContext,
  now: Date,
): SubmitOutcome {
  if (cardStep !== doc.step) return { kind: "stale", doc };
  const result = applyStepInput(doc.step, raw, draftOf(doc), ctx);
  if (!result.ok) return { kind: "invalid", doc, errors: result.errors, values: raw };
  const after = nextStep(doc.path, doc.step, result.draft);
  const updated: IntakeDocument = {
    ...doc,
    draft: result.draft as IntakeDocument["draft"],
    step: after ?? doc.step,
    updatedAt: now.toISOString(),
  };
  return after ? { kind: "next", doc: updated } : { kind: "finished", doc: updated };
}

/** One step back (answers kept); a stale card just shows the current step. */
export function goBack(doc: IntakeDocument, cardStep: string, now: Date): IntakeDocument {
  if (cardStep !== doc.step) return doc;
  const before = previousStep(doc.path, doc.step, draftOf(doc));
  return before ? { ...doc, step: before, updatedAt: now.toISOString() } : doc;
}

/**
 * The finished profile: every field checked once more as a whole (a draft written by an older
 * version, or edited in the tab meanwhile, cannot slip through).
 */
export function profileFromDraft(
  draft: ProfileDraft,
  base: {
    tenantId: string;
    userId: string;
    displayName: string;
    programId: string;
    existing?: ProfileDocument | undefined;
    consentAt?: string | undefined;
    now: Date;
  },
): { ok: true; profile: ProfileDocument } | { ok: false; errors: FieldErrors } {
  const parsed = profileFields.safeParse({ ...draft, mentorCapacity: draft.mentorCapacity ?? 0 });
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const existing = base.existing;
  // At most MAX_PROFILE_PROGRAMS, the most recently joined kept (the one joined now is always in).
  const joined = [...new Set([...(existing?.programIds ?? []), base.programId])];
  const programIds =
    joined.length <= MAX_PROFILE_PROGRAMS
      ? joined
      : [...joined.filter((id) => id !== base.programId).slice(1 - MAX_PROFILE_PROGRAMS), base.programId];
  const { managerId, ...fields } = parsed.data;
  const consentAt = base.consentAt ?? existing?.consentAt;
  const profile: ProfileDocument = {
    id: "profile",
    pk: partitionKeys.user(base.tenantId, base.userId),
    tenantId: base.tenantId,
    type: "profile",
    userId: base.userId,
    displayName: existing?.displayName ?? base.displayName,
    ...(existing?.email ? { email: existing.email } : {}),
    ...fields,
    ...(managerId ? { managerId } : {}),
    reportingLine: draft.reportingLine ?? (managerId ? [managerId] : []),
    programIds,
    ...(consentAt ? { consentAt } : {}),
    status: base.consentAt || existing?.status === "active" ? "active" : (existing?.status ?? "active"),
    ...(!base.consentAt && existing?.pausedUntil ? { pausedUntil: existing.pausedUntil } : {}),
    updatedAt: base.now.toISOString(),
  };
  return { ok: true, profile };
}
