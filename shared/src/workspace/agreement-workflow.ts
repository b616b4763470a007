import {
  AGREEMENT_HISTORY_POLICY,
  type AgreementDocument,
  type AgreementHistoryEntry,
  type AgreementTerms,
} from "../domain/agreement";
import type { ProgramDocument } from "../domain/program";
import { validationError } from "../domain/errors";

/** The first draft, from the program's template and the pair's dates. */
export function draftTerms(program: ProgramDocument, startDate: string, endDate: string): AgreementTerms {
  const t = program.agreementTemplate;
  return {
    goals: "",
    meetingFrequency: program.cadence,
    meetingLengthMinutes: t.meetingLengthMinutes,
    channels: [...t.channels],
    responseTime: t.responseTime,
    confidentiality: t.confidentiality,
    boundaries: t.boundaries,
    startDate,
    endDate,
  };
}

export function newAgreement(
  base: Pick<AgreementDocument, "id" | "pk" | "tenantId" | "pairId">,
  terms: AgreementTerms,
  by: string,
  now: string,
): AgreementDocument {
  return {
    ...base,
    type: "agreement",
    status: "draft",
    version: 1,
    terms,
    confirmations: {},
    history: [{ version: 1, event: "drafted", by, at: now }],
    updatedBy: by,
    updatedAt: now,
  };
}

/**
 * The history an agreement keeps (`AGREEMENT_HISTORY_POLICY`): the first entry, the latest confirmed
 * versions and the latest entries, in their original order. Pure; a history within the bounds comes
 * back unchanged.
 */
export function boundHistory(
  history: readonly AgreementHistoryEntry[],
  policy: { confirmed: number; recent: number } = AGREEMENT_HISTORY_POLICY,
): AgreementHistoryEntry[] {
  if (history.length <= 1 + policy.recent) return [...history];
  const keep = new Set<number>([0]);
  for (let i = Math.max(1, history.length - policy.recent); i < history.length; i++) keep.add(i);
  let confirmed = 0;
  for (let i = history.length - 1; i > 0 && confirmed < policy.confirmed; i--)
    if (history[i]!.event === "confirmed") {
      keep.add(i);
      confirmed++;
    }
  return history.filter((_, i) => keep.has(i));
}

const sameTerms = (a: AgreementTerms, b: AgreementTerms) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Any change to the terms clears every confirmation: both members must confirm what they now read.
 * Changing a confirmed agreement opens a new version; the confirmed one stays in the history.
 */
export function editAgreement(
  current: AgreementDocument,
  terms: AgreementTerms,
  by: string,
  now: string,
): AgreementDocument {
  if (sameTerms(current.terms, terms)) return current;
  const reopening = current.status === "confirmed";
  const version = reopening ? current.version + 1 : current.version;
  const history = [...current.history];
  if (reopening) history.push({ version, event: "reopened", by, at: now });
  history.push({ version, event: "edited", by, at: now });
  return {
    ...current,
    status: "draft",
    version,
    terms,
    confirmations: {},
    history: boundHistory(history),
    updatedBy: by,
    updatedAt: now,
  };
}

/** One member confirms the current version; when every member has, the agreement is confirmed. */
export function confirmAgreement(
  current: AgreementDocument,
  memberIds: readonly string[],
  by: string,
  now: string,
): AgreementDocument {
  if (current.status === "confirmed")
    throw validationError("status", "This version is already confirmed by both of you.");
  if (current.confirmations[by]) return current;
  if (!current.terms.goals.trim())
    throw validationError("terms.goals", "Write down what you want to achieve together before confirming.");
  const confirmations = { ...current.confirmations, [by]: now };
  const history = [
    ...current.history,
    { version: current.version, event: "confirmed-by" as const, by, at: now },
  ];
  const everyone = memberIds.every((id) => confirmations[id]);
  if (everyone)
    history.push({ version: current.version, event: "confirmed", by, at: now, terms: current.terms });
  return {
    ...current,
    status: everyone ? "confirmed" : "draft",
    confirmations,
    history: boundHistory(history),
    updatedBy: by,
    updatedAt: now,
  };
}
